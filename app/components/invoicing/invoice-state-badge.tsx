import { useTranslation } from "~/components/use-translation";
import type { InvoiceDisplayState } from "~/domain/invoicing/invoice-state";

const TONE: Record<InvoiceDisplayState, string> = {
  draft: "badge",
  issued: "badge",
  partlyPaid: "badge badge-warn",
  processing: "badge badge-warn",
  paid: "badge badge-ok",
  overdue: "badge invoice-badge-overdue",
  cancelled: "badge invoice-badge-cancelled",
};

export function InvoiceStateBadge({ state }: { state: InvoiceDisplayState }) {
  const { t } = useTranslation();
  return <span className={TONE[state]}>{t(`invoicing.state.${state}`)}</span>;
}
