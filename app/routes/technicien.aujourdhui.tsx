import {
  data,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { OfflineQueue, useOnline } from "~/components/technician/offline-queue";
import { runningTimerOf, TimerCounter, useOfflineTaps, useQueuedTimers } from "~/components/technician/offline-timer";
import { StopConfirmation } from "~/components/technician/stop-confirmation";
import { TodayIntervention } from "~/components/technician/today-intervention";
import { useTranslation } from "~/components/use-translation";
import { todayView } from "~/domain/time/technician-views.server";
import { DomainError } from "~/domain/domain-error";
import { refusalText } from "~/utils/domain-error.server";
import { startTimer, stopTimer } from "~/domain/time/timers.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatMinutes } from "~/utils/format-durations";
import { formatLocalDate, formatLocalTime } from "~/utils/format-instants";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { isoOf } from "~/domain/calendar/date-columns";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("technician", "time");

export const meta: MetaFunction = ({ matches }) => [
  pageTitle(matches, "title.today"),
  { name: "theme-color", content: "#1d4ed8" },
];
export const links: LinksFunction = () => [{ rel: "manifest", href: "/manifest.webmanifest" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "time:log");
  const view = await todayView(user);
  // A fresh id per page load: a double tap on "start" sends the same one and starts one timer.
  return {
    name: user.name,
    timeZone: user.timeZone,
    startClientId: crypto.randomUUID(),
    renderedAt: new Date().toISOString(),
    ...view,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "time:log");
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  try {
    if (intent === "start") {
      await startTimer(
        user,
        String(formData.get("interventionId") ?? ""),
        String(formData.get("clientId") ?? crypto.randomUUID()),
      );
      return redirectWithToast("/technicien/aujourdhui", {
        type: "success",
        message: translate(user.locale, "today.started"),
      });
    }
    if (intent === "stop" || intent === "confirm-stop") {
      const confirm = intent === "confirm-stop";
      const result = await stopTimer(user, {
        confirm,
        endDate: String(formData.get("endDate") ?? ""),
        endTime: String(formData.get("endTime") ?? ""),
      });
      if (result.status === "confirm") {
        return data({
          confirm: {
            reason: result.reason,
            startedAt: result.startedAt.toISOString(),
            proposedEnd: result.proposedEnd.toISOString(),
            rawMinutes: result.rawMinutes,
          },
          error: null,
        });
      }
      if (result.status === "discarded")
        return redirectWithToast("/technicien/aujourdhui", {
          type: "info",
          message: translate(user.locale, "time.timerDiscarded"),
        });
      const message = translate(user.locale, "today.stopped", {
        raw: formatMinutes(result.entry.rawMinutes),
        accounted: formatMinutes(result.entry.accountedMinutes),
      });
      return redirectWithToast("/technicien/aujourdhui", { type: "success", message });
    }
    return data({ confirm: null, error: translate(user.locale, "errors.generic") }, { status: 400 });
  } catch (error) {
    if (error instanceof DomainError)
      return data({ confirm: null, error: refusalText(error, user).error }, { status: error.status });
    throw error;
  }
}

// localDate is a date column: its UTC day is the local date.
const isoDay = (date: Date | string) => isoOf(new Date(date));

export default function TodayPage() {
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const navigation = useNavigation();
  const online = useOnline();
  const busy = navigation.state !== "idle";
  // Offline, the timer's taps are kept on the phone: the running timer may be the phone's.
  const onPhone = useQueuedTimers();
  const running = runningTimerOf(view.running, onPhone);
  const taps = useOfflineTaps(running, onPhone);
  const offlineTaps = {
    online,
    start: (id: string, title: string) => void taps.start(id, title),
    stop: () => void taps.stop(view.timeZone),
  };
  const dateText = (iso: string) => formatLocalDate(new Date(`${iso}T12:00:00Z`), locale);
  const sections = [
    {
      key: "today",
      title: t("today.todayHeading", { date: dateText(view.today) }),
      items: view.interventions.filter((item) => isoDay(item.localDate) === view.today),
    },
    {
      key: "tomorrow",
      title: t("today.tomorrowHeading", { date: dateText(view.tomorrow) }),
      items: view.interventions.filter((item) => isoDay(item.localDate) === view.tomorrow),
    },
  ];
  return (
    <div className="phone-page">
      <h1>{t("today.greeting", { name: view.name })}</h1>
      <OfflineQueue />
      {online ? null : (
        <p className="muted">
          {t("today.offlineCopy", { time: formatLocalTime(new Date(view.renderedAt), locale, view.timeZone) })}{" "}
          {t("today.timerNeedsNetwork")}
        </p>
      )}
      {view.technician ? null : <p className="toast toast-info">{t("today.notTechnician")}</p>}
      {result?.error ? (
        <p className="toast toast-error" role="alert">
          {result.error}
        </p>
      ) : null}
      {result?.confirm ? <StopConfirmation confirm={result.confirm} timeZone={view.timeZone} busy={busy} /> : null}
      {taps.notice ? (
        <p
          className={`toast ${taps.notice.kind === "error" ? "toast-error" : "toast-info"}`}
          role={taps.notice.kind === "error" ? "alert" : "status"}
        >
          {taps.notice.text}
        </p>
      ) : null}
      {running ? (
        <section className="card timer-running" aria-labelledby="timer-running-title">
          <p id="timer-running-title">
            <strong>{t("today.running", { title: running.title })}</strong>{" "}
            {t("today.runningSince", { time: formatLocalTime(new Date(running.startedAt), locale, view.timeZone) })}
            {running.onPhone ? ` · ${t("today.offline.onPhone")}` : ""}
          </p>
          <p className="timer-counter-line">
            <TimerCounter since={running.startedAt} />
          </p>
          <Form
            method="post"
            onSubmit={(event) => {
              if (navigator.onLine && !running.onPhone) return;
              event.preventDefault();
              offlineTaps.stop();
            }}
          >
            <input type="hidden" name="intent" value="stop" />
            <button type="submit" className="button button-danger button-huge" disabled={busy}>
              ■ {t("today.stop")}
            </button>
          </Form>
        </section>
      ) : null}
      <p className="today-summary muted">
        {t("today.logged", { duration: formatMinutes(view.loggedTodayMinutes) })}
        {view.workdayEnd ? ` · ${t("today.workdayEnd", { time: view.workdayEnd })}` : ""}
      </p>
      {sections.map((section) => (
        <section key={section.key} aria-label={section.title}>
          <h2>{section.title}</h2>
          {section.items.length === 0 ? <p className="muted">{t("today.nothing")}</p> : null}
          {section.items.map((intervention) => (
            <TodayIntervention
              key={intervention.id}
              intervention={intervention}
              timeZone={view.timeZone}
              runningInterventionId={running?.interventionId ?? null}
              startClientId={view.startClientId}
              busy={busy}
              offlineTaps={offlineTaps}
            />
          ))}
        </section>
      ))}
      {view.next ? (
        <section aria-label={t("today.nextHeading")}>
          <h2>{t("today.nextHeading")}</h2>
          <TodayIntervention
            intervention={view.next}
            timeZone={view.timeZone}
            runningInterventionId={running?.interventionId ?? null}
            startClientId={view.startClientId}
            busy={busy}
            offlineTaps={offlineTaps}
            showDate
          />
        </section>
      ) : null}
      <p>
        {/* Offline, a full page load is served by the service worker's copy; a client-side one would need the network. */}
        <Link to="/technicien/temps/nouveau" reloadDocument={!online} className="button button-secondary button-large">
          + {t("today.addEntry")}
        </Link>
      </p>
    </div>
  );
}
