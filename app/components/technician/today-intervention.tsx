// One intervention on the Today page: where, whom to call, what was asked, and the big buttons.
import { notesBeyondRequest } from "./card-notes";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import { formatLocalDate, formatLocalTime } from "~/utils/format-instants";

type Intervention = {
  id: string;
  title: string;
  notes: string;
  status: string;
  siteAddress: string;
  localDate: Date | string;
  startsAt: Date | string;
  endsAt: Date | string;
  member: { name: string; phone: string; contacts: { name: string; phone: string }[] } | null;
  request: { subject: string; details: string } | null;
  report: { signedAt: Date | string | null } | null;
};

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

type OfflineTaps = { online: boolean; start: (interventionId: string, title: string) => void; stop: () => void };

/** Offline (with JS), a tap is recorded on the phone instead of posted. */
const offlineSubmit = (tap: () => void) => (event: React.FormEvent<HTMLFormElement>) => {
  if (navigator.onLine) return;
  event.preventDefault();
  tap();
};

export function TodayIntervention(props: {
  intervention: Intervention;
  timeZone: string;
  runningInterventionId: string | null;
  startClientId: string;
  busy: boolean;
  showDate?: boolean;
  offlineTaps: OfflineTaps;
}) {
  const { intervention, timeZone, runningInterventionId, startClientId, busy, showDate, offlineTaps } = props;
  const { t, locale } = useTranslation();
  const phones = [
    ...(intervention.member?.phone ? [{ label: intervention.member.name, phone: intervention.member.phone }] : []),
    ...(intervention.member?.contacts ?? [])
      .filter((contact) => contact.phone)
      .map((contact) => ({ label: contact.name, phone: contact.phone })),
  ];
  const running = runningInterventionId === intervention.id;
  const notes = notesBeyondRequest(intervention.notes, intervention.request?.details);
  return (
    <article className="card intervention-card" aria-labelledby={`intervention-${intervention.id}`}>
      <p className="intervention-when">
        {showDate ? `${formatLocalDate(new Date(intervention.localDate), locale)} · ` : ""}
        <span className="nowrap">
          {formatLocalTime(new Date(intervention.startsAt), locale, timeZone)}–
          {formatLocalTime(new Date(intervention.endsAt), locale, timeZone)}
        </span>
      </p>
      <h3 id={`intervention-${intervention.id}`}>{intervention.title}</h3>
      {intervention.member ? <p className="intervention-member">{intervention.member.name}</p> : null}
      {intervention.siteAddress ? (
        <p>
          <a
            className="link-large"
            href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(intervention.siteAddress)}`}
            target="_blank"
            rel="noreferrer"
          >
            {t("today.map", { address: intervention.siteAddress })}
          </a>
        </p>
      ) : null}
      {phones.map((entry) => (
        <p key={`${entry.label}-${entry.phone}`}>
          <a className="link-large" href={telHref(entry.phone)}>
            {t("today.call", { phone: entry.phone })}
          </a>{" "}
          <span className="muted">({entry.label})</span>
        </p>
      ))}
      {intervention.request ? (
        <div className="request-notes">
          <p>
            <strong>{t("today.requestNotes", { subject: intervention.request.subject })}</strong>
          </p>
          {intervention.request.details ? <p className="preserve-lines">{intervention.request.details}</p> : null}
        </div>
      ) : null}
      {notes ? <p className="preserve-lines muted">{notes}</p> : null}
      <div className="intervention-actions">
        {/* A signed report is frozen: no more time on it (the server refuses it too), so no start button. */}
        {!running && (intervention.status === "SIGNED" || intervention.report?.signedAt) ? (
          <p className="muted">{t("today.signedNoMoreTime")}</p>
        ) : running ? (
          <Form method="post" onSubmit={offlineSubmit(offlineTaps.stop)}>
            <input type="hidden" name="intent" value="stop" />
            <button type="submit" className="button button-danger button-huge" disabled={busy}>
              ■ {t("today.stop")}
            </button>
          </Form>
        ) : (
          <Form
            method="post"
            onSubmit={offlineSubmit(() =>
              offlineTaps.start(
                intervention.id,
                [intervention.title, intervention.member?.name].filter(Boolean).join(" — "),
              ),
            )}
          >
            <input type="hidden" name="intent" value="start" />
            <input type="hidden" name="interventionId" value={intervention.id} />
            <input type="hidden" name="clientId" value={startClientId} />
            <button type="submit" className="button button-huge" disabled={busy}>
              ▶ {t("today.start")}
            </button>
          </Form>
        )}
        {/* Offline, a whole page load: the service worker answers with its copy or its "no network" page. */}
        <Link
          className="button button-secondary button-large"
          to={`/technicien/interventions/${intervention.id}/fiche`}
          reloadDocument={!offlineTaps.online}
        >
          {intervention.report?.signedAt ? `✓ ${t("today.reportSigned")}` : t("today.report")}
        </Link>
      </div>
    </article>
  );
}
