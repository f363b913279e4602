// Asked before saving a timer that ran past the working day (or past 12 h): the computed end,
// editable, since the technician knows when they really stopped.
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import { formatMinutes } from "~/utils/format-durations";
import { formatLocalDate, formatLocalTime } from "~/utils/format-instants";

type Confirm = {
  reason: "AFTER_WORKDAY" | "DAY_OFF" | "TOO_LONG";
  startedAt: string;
  proposedEnd: string;
  rawMinutes: number;
};

/** "YYYY-MM-DD" and "HH:mm" of an instant in the zone, for the date and time inputs. */
function localParts(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? "";
  return { date: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}` };
}

export function StopConfirmation({ confirm, timeZone, busy }: { confirm: Confirm; timeZone: string; busy: boolean }) {
  const { t, locale } = useTranslation();
  const started = new Date(confirm.startedAt);
  const proposed = new Date(confirm.proposedEnd);
  const end = localParts(proposed, timeZone);
  return (
    <section className="card stop-confirmation" role="alertdialog" aria-labelledby="stop-confirmation-title">
      <h2 id="stop-confirmation-title">{t("today.confirm.title")}</h2>
      <p>{t(`today.confirm.${confirm.reason}`)}</p>
      <p>
        {t("today.confirm.started", {
          date: formatLocalDate(started, locale, timeZone),
          time: formatLocalTime(started, locale, timeZone),
        })}
        <br />
        <strong>
          {t("today.confirm.proposed", {
            time: formatLocalTime(proposed, locale, timeZone),
            duration: formatMinutes(confirm.rawMinutes),
          })}
        </strong>
      </p>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="confirm-stop" />
        <div className="grid grid-2">
          <div className="field">
            <label htmlFor="stop-end-date">{t("today.confirm.endDate")}</label>
            <input id="stop-end-date" type="date" name="endDate" defaultValue={end.date} required />
          </div>
          <div className="field">
            <label htmlFor="stop-end-time">{t("today.confirm.endTime")}</label>
            <input id="stop-end-time" type="time" name="endTime" defaultValue={end.time} required />
          </div>
        </div>
        <button type="submit" className="button button-huge" disabled={busy}>
          {t("today.confirm.submit")}
        </button>
        <Link to="/technicien/aujourdhui" className="button button-secondary">
          {t("today.confirm.cancel")}
        </Link>
      </Form>
    </section>
  );
}
