// A cheque's paying in at the bank: the date it left 5112 (chèques à encaisser) for 512 in the FEC.
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import { translateError } from "~/utils/i18n";
import { SubmitButton } from "~/components/ui/submit-button";

type Reply =
  { initialValue?: Record<string, unknown> | null; error?: Record<string, string[] | null> | null } | undefined;

export function ChequeDepositSection({ depositedOn, receivedOn }: { depositedOn: string | null; receivedOn: string }) {
  const { t, locale } = useTranslation();
  const reply = useActionData() as Reply;
  const errors =
    reply?.initialValue?.intent === "deposit" ? Object.values(reply.error ?? {}).flatMap((list) => list ?? []) : [];
  return (
    <section className="card" aria-labelledby="deposit-heading">
      <h2 id="deposit-heading">{t("deposit.heading")}</h2>
      {depositedOn ? (
        <p>{t("deposit.done", { date: depositedOn.split("-").reverse().join("/") })}</p>
      ) : (
        <Form method="post" className="stack">
          <p className="muted">{t("deposit.hint")}</p>
          {errors.length > 0 ? (
            <p className="form-error" role="alert">
              {errors.map((error) => translateError(locale, error)).join(" ")}
            </p>
          ) : null}
          <div className="field">
            <label htmlFor="depositedOn">{t("deposit.date")}</label>
            <input id="depositedOn" name="depositedOn" type="date" min={receivedOn} required />
          </div>
          <SubmitButton name="intent" value="deposit" className="button button-secondary">
            {t("deposit.submit")}
          </SubmitButton>
        </Form>
      )}
    </section>
  );
}
