// A column of named amounts: an invoice's totals and what is paid and still owed, what is left to
// invoice for a period. The names on the left, the amounts aligned on the right; the amounts that
// conclude (the total to pay, what is still owed) in bold.
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "~/components/use-translation";
import { formatCents } from "~/utils/format-amounts";

export type NamedAmount = {
  label: ReactNode;
  cents: number;
  /** The amount the others add up to, or the one to act on. */
  strong?: boolean;
  /** Shown only when this holds (a credited amount only once there is a credit note…). */
  when?: boolean;
};

export function AmountList({ amounts }: { amounts: NamedAmount[] }) {
  const { locale } = useTranslation();
  return (
    <dl className="invoice-totals">
      {amounts
        .filter((amount) => amount.when ?? true)
        .map((amount, index) => (
          <Fragment key={index}>
            <dt>{amount.label}</dt>
            <dd>
              {amount.strong ? <strong>{formatCents(amount.cents, locale)}</strong> : formatCents(amount.cents, locale)}
            </dd>
          </Fragment>
        ))}
    </dl>
  );
}
