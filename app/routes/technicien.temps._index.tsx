import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ItemList } from "~/components/ui/item-list";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { OfflineQueue } from "~/components/technician/offline-queue";
import { useTranslation } from "~/components/use-translation";
import { weekView } from "~/domain/time/technician-views.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatMinutes } from "~/utils/format-durations";
import { formatLocalDate, formatLocalTime } from "~/utils/format-instants";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("technician", "time", "time-entries");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.myTime")];
export const links: LinksFunction = () => [{ rel: "manifest", href: "/manifest.webmanifest" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "time:log");
  const week = new URL(request.url).searchParams.get("semaine");
  return { timeZone: user.timeZone, ...(await weekView(user, week)) };
}

const dayDate = (iso: string) => new Date(`${iso}T12:00:00Z`);

export default function MyTimePage() {
  const view = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const time = (instant: Date | string | null) =>
    instant ? formatLocalTime(new Date(instant), locale, view.timeZone) : "";
  return (
    <div className="phone-page">
      <h1>{t("time.week.title")}</h1>
      <OfflineQueue />
      <p>
        <Link to="/technicien/temps/nouveau" className="button button-large">
          + {t("time.new.title")}
        </Link>
      </p>
      <nav className="week-nav" aria-label={t("time.week.of", { date: formatLocalDate(dayDate(view.monday), locale) })}>
        <Link to={`?semaine=${view.previousWeek}`}>{t("time.week.previous")}</Link>
        <Link to={`?semaine=${view.nextWeek}`}>{t("time.week.next")}</Link>
      </nav>
      {/* Any week at once (a late correction, a question from the treasurer), not 40 taps back. */}
      <Form method="get" className="week-picker">
        <div className="field">
          <label htmlFor="week-containing">{t("time.week.pick")}</label>
          <input id="week-containing" name="semaine" type="date" defaultValue={view.monday} required />
        </div>
        <button type="submit" className="button button-secondary">
          {t("time.week.show")}
        </button>
      </Form>
      <h2>{t("time.week.of", { date: formatLocalDate(dayDate(view.monday), locale) })}</h2>
      <p className="muted">{t("time.week.perVisit")}</p>
      <div className="card week-total">
        <strong>{t("time.week.total")}</strong> ·{" "}
        {t("time.week.rawVsExpected", {
          raw: formatMinutes(view.totals.rawMinutes),
          expected: formatMinutes(view.totals.expectedMinutes),
        })}{" "}
        · {t("time.week.accounted", { duration: formatMinutes(view.totals.accountedMinutes) })}
      </div>
      {view.days.map((day) => (
        <section key={day.date} className="week-day" aria-label={formatLocalDate(dayDate(day.date), locale)}>
          <h3>
            {formatLocalDate(dayDate(day.date), locale)}
            <span
              className={`badge ${day.expectedMinutes > 0 && day.rawMinutes < day.expectedMinutes ? "badge-warn" : "badge-ok"}`}
            >
              {formatMinutes(day.rawMinutes)} / {formatMinutes(day.expectedMinutes)}
            </span>
          </h3>
          <ItemList items={day.entries} empty={t("time.week.empty")} className="list card">
            {(entry) => (
              <li key={entry.id} className="time-entry-row">
                <div>
                  <strong>
                    {entry.startedAt
                      ? `${time(entry.startedAt)}–${entry.endedAt ? time(entry.endedAt) : t("time.week.running")}`
                      : formatMinutes(entry.rawMinutes)}
                  </strong>{" "}
                  · {t(`time.kind.${entry.kind}`)}
                  <br />
                  {entry.intervention?.title ?? entry.member?.name ?? ""}
                  {entry.notes ? <span className="muted entry-notes"> — {entry.notes}</span> : null}
                  <br />
                  <span className="muted">
                    {t("time.raw")} {formatMinutes(entry.rawMinutes)} · {t("time.accounted")}{" "}
                    {formatMinutes(entry.accountedMinutes)}
                  </span>
                  {entry.intervention && view.visits[entry.intervention.id] ? (
                    <span className="muted visit-explanation">
                      <br />
                      {t("time.week.visit", { explanation: view.visits[entry.intervention.id]! })}
                    </span>
                  ) : null}
                </div>
                <Link className="button button-secondary" to={`/technicien/temps/${entry.id}`}>
                  {t("time.week.edit")}
                </Link>
              </li>
            )}
          </ItemList>
          <p className="muted">
            {t("time.week.expected", { duration: formatMinutes(day.expectedMinutes) })} ·{" "}
            {t("time.week.accounted", { duration: formatMinutes(day.accountedMinutes) })}
          </p>
        </section>
      ))}
    </div>
  );
}
