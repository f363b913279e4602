// The invoice page's reminders: the manual "Relancer" button (a POST through the outbox, once a
// day) and the history of every reminder that included this invoice, with what it asked.
import { Form } from "@remix-run/react";
import { ItemList } from "~/components/ui/item-list";
import { useTranslation } from "~/components/use-translation";
import { formatCents } from "~/utils/format-amounts";
import { formatLocalDate, formatLocalTime } from "~/utils/format-instants";
import { SubmitButton } from "~/components/ui/submit-button";

type ReminderRow = {
  id: string;
  trigger: "AUTOMATIC" | "MANUAL";
  sentAt: string;
  recipients: string[];
  amountDueCents: number;
  totalDueCents: number;
  invoiceCount: number;
};

export function ReminderSection({
  canRemind,
  reminders,
  timeZone,
}: {
  canRemind: boolean;
  reminders: ReminderRow[];
  /** The association's: when the e-mail left, as the treasurer's clock read it. */
  timeZone: string;
}) {
  const { t, locale } = useTranslation();
  return (
    <section className="card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t("reminders.title")}</h2>
      {canRemind ? (
        <Form method="post" className="invoice-actions">
          <p className="muted">{t("reminders.sendHint")}</p>
          <SubmitButton name="intent" value="remind" className="button button-secondary">
            {t("reminders.send")}
          </SubmitButton>
        </Form>
      ) : null}
      <ItemList items={reminders} empty={t("reminders.none")}>
        {(reminder) => {
          const sentAt = new Date(reminder.sentAt);
          return (
            <li key={reminder.id}>
              <strong>{t(`reminders.trigger.${reminder.trigger}`)}</strong> ·{" "}
              {formatLocalDate(sentAt, locale, timeZone)} {formatLocalTime(sentAt, locale, timeZone)} ·{" "}
              {t("reminders.to", { recipients: reminder.recipients.join(", ") })}
              <br />
              {t("reminders.asked", { amount: formatCents(reminder.amountDueCents, locale) })}
              {reminder.invoiceCount > 1
                ? ` · ${t("reminders.gathered", { count: reminder.invoiceCount, total: formatCents(reminder.totalDueCents, locale) })}`
                : ""}
            </li>
          );
        }}
      </ItemList>
    </section>
  );
}
