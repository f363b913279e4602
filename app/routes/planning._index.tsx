import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import { ALL_TECHNICIANS } from "~/domain/scheduling/calendar-range";
import { calendarView } from "~/domain/scheduling/calendar-view.server";
import { CALENDAR_STATES } from "~/domain/scheduling/lifecycle";
import { StateBadge, StateSelect } from "~/components/lifecycle-state";
import { Field, SelectField } from "~/components/ui/field";
import { requireUserWithPermission } from "~/utils/auth.server";
import { can } from "~/utils/permissions";
import { formatDayHeading } from "~/utils/format-calendar-dates";
import { todayIn } from "~/domain/calendar/today";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("lifecycle", "scheduling");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.planning")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "schedule:read");
  const url = new URL(request.url);
  const view = await calendarView(user, {
    view: url.searchParams.get("vue"),
    date: url.searchParams.get("date"),
    technicianId: url.searchParams.get("technicien"),
    state: url.searchParams.get("etat"),
  });
  return { ...view, today: todayIn(user), canManage: can(user.role, "schedule:manage") };
}

export default function PlanningPage() {
  const view = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const href = (changes: Record<string, string>) =>
    `?${new URLSearchParams({ technicien: view.technicianId ?? "", vue: view.view, date: view.date, ...(view.state ? { etat: view.state } : {}), ...changes })}`;
  const shownDays =
    view.view === "mois"
      ? view.days.filter((day) => day.items.length || day.absences.length || day.holiday || day.isToday)
      : view.days;
  return (
    <>
      <h1>{t("scheduling.calendar.title")}</h1>
      {view.canManage ? (
        <p>
          <Link className="button button-secondary" to="/planning/interventions/nouvelle">
            {t("scheduling.direct.link")}
          </Link>
        </p>
      ) : null}
      <Form method="get" className="card planning-filters">
        <SelectField
          label={t("scheduling.calendar.technician")}
          selectProps={{ id: "planning-technician", name: "technicien", defaultValue: view.technicianId ?? "" }}
          options={[
            ...(view.canSeeAll ? [{ value: ALL_TECHNICIANS, label: t("scheduling.calendar.all") }] : []),
            ...view.technicians.map((technician) => ({ value: technician.id, label: technician.displayName })),
          ]}
        />
        <SelectField
          label={t("scheduling.calendar.view")}
          selectProps={{ id: "planning-view", name: "vue", defaultValue: view.view }}
          options={[
            { value: "jour", label: t("scheduling.calendar.day") },
            { value: "semaine", label: t("scheduling.calendar.week") },
            { value: "mois", label: t("scheduling.calendar.month") },
          ]}
        />
        <Field
          label={t("scheduling.calendar.date")}
          inputProps={{ id: "planning-date", name: "date", type: "date", defaultValue: view.date }}
        />
        <StateSelect value={view.state} states={CALENDAR_STATES} id="planning-state" className="field" />
        <button type="submit" className="button">
          {t("scheduling.calendar.show")}
        </button>
      </Form>
      <nav className="planning-nav" aria-label={t("scheduling.calendar.title")}>
        <Link to={href({ date: view.previous })}>← {t("scheduling.calendar.previous")}</Link>
        <Link to={href({ date: view.today })}>{t("scheduling.calendar.today")}</Link>
        <Link to={href({ date: view.next })}>{t("scheduling.calendar.next")} →</Link>
      </nav>
      {view.technicians.length === 0 ? <p>{t("scheduling.calendar.noTechnician")}</p> : null}
      <ol className={`planning-days planning-${view.view}`}>
        {shownDays.map((day) => (
          <li key={day.date} className={`planning-day${day.isToday ? " today" : ""}${day.working ? "" : " off"}`}>
            <h2 className="planning-day-title">
              <Link to={href({ vue: "jour", date: day.date })}>{formatDayHeading(day.date, locale)}</Link>
            </h2>
            {day.holiday ? <p className="badge">{t("scheduling.calendar.holiday", { name: day.holiday })}</p> : null}
            {!day.working && !day.holiday ? <p className="muted">{t("scheduling.calendar.notWorked")}</p> : null}
            {day.absences.map((absence) => (
              <p key={absence.id} className="badge">
                {t("scheduling.calendar.absent")} · {absence.technician} · {t(`scheduling.absenceKind.${absence.kind}`)}
                {absence.portion !== "FULL_DAY" ? ` (${t(`scheduling.portion.${absence.portion}`)})` : ""}
              </p>
            ))}
            {day.items.length === 0 && day.working ? <p className="muted">{t("scheduling.calendar.empty")}</p> : null}
            <ul className="list planning-items">
              {day.items.map((item) => (
                <li key={item.id} className={`planning-item status-${item.status.toLowerCase()}`}>
                  <Link to={`/planning/interventions/${item.id}`}>
                    <strong>
                      {item.start}–{item.end}
                    </strong>{" "}
                    {item.title}
                  </Link>
                  <span className="muted">
                    {" "}
                    {[item.member, view.technicianId === ALL_TECHNICIANS ? item.technician : null]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>{" "}
                  <StateBadge state={item.status} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
