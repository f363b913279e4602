// Pieces shared by the booking and planning pages.
import { useTranslation } from "~/components/use-translation";
import { formatLocalDate, formatLocalTime } from "~/utils/format";
import { isMessageKey, type Locale, type MessageKey } from "~/utils/i18n";
import type { InterventionStatus, RequestStatus } from "~/generated/prisma/client.ts";
import type { AbsenceItem } from "~/domain/scheduling/conflicts";

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** "lundi 2 mars 2026" from "2026-03-02". */
export function formatIsoDay(date: string, locale: Locale) {
  return formatLocalDate(new Date(`${date.slice(0, 10)}T00:00:00.000Z`), locale, "UTC");
}

export function formatTime(instant: Date | string, locale: Locale, timeZone = "Europe/Paris") {
  return formatLocalTime(new Date(instant), locale, timeZone);
}

export function formatDay(instant: Date | string, locale: Locale, timeZone = "Europe/Paris") {
  return formatLocalDate(new Date(instant), locale, timeZone);
}

/** A conflict as returned by the server (dates may arrive as strings). */
export type ConflictView =
  | { rule: "overlap"; intervention: { id: string; title: string; startsAt: Date | string; endsAt: Date | string } }
  | { rule: "holiday"; name: string }
  | { rule: "absence"; absence: Pick<AbsenceItem, "kind" | "startDate" | "endDate"> }
  | { rule: "non-working-day" | "outside-hours" | "invalid-slot" };

export function conflictMessage(conflict: ConflictView, t: Translate, locale: Locale, timeZone: string) {
  switch (conflict.rule) {
    case "overlap":
      return t("scheduling.conflict.overlap", {
        title: conflict.intervention.title,
        date: formatDay(conflict.intervention.startsAt, locale, timeZone),
        start: formatTime(conflict.intervention.startsAt, locale, timeZone),
        end: formatTime(conflict.intervention.endsAt, locale, timeZone),
      });
    case "holiday":
      return t("scheduling.conflict.holiday", { name: conflict.name });
    case "absence":
      return t("scheduling.conflict.absence", {
        kind: t(`scheduling.absenceKind.${conflict.absence.kind}`),
        from: formatIsoDay(conflict.absence.startDate, locale),
        to: formatIsoDay(conflict.absence.endDate, locale),
      });
    default:
      return t(`scheduling.conflict.${conflict.rule}`);
  }
}

export function ConflictList({ conflicts, timeZone }: { conflicts: ConflictView[]; timeZone: string }) {
  const { t, locale } = useTranslation();
  if (!conflicts.length) return null;
  return (
    <div className="card conflict" role="alert">
      <h2 style={{ marginTop: 0 }}>{t("scheduling.conflict.title")}</h2>
      <ul>
        {conflicts.map((conflict, index) => (
          <li key={index}>{conflictMessage(conflict, t, locale, timeZone)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Why an answer on a request or an intervention was refused: its sentence, then the conflicts found. */
export function SchedulingRefusal({
  refusal,
  timeZone,
}: {
  refusal: { error?: string | null; conflicts?: ConflictView[] } | undefined;
  timeZone: string;
}) {
  return (
    <>
      {refusal?.error ? (
        <p className="field-error" role="alert">
          {refusal.error}
        </p>
      ) : null}
      {refusal?.conflicts?.length ? <ConflictList conflicts={refusal.conflicts} timeZone={timeZone} /> : null}
    </>
  );
}

export function HistoryList({
  history,
}: {
  history: { id: string; action: string; reason: string; createdAt: Date | string }[];
}) {
  const { t, locale } = useTranslation();
  const label = (action: string) => {
    const key = `scheduling.history.${action}`;
    return isMessageKey(key) ? t(key) : t("scheduling.history.other");
  };
  return (
    <ol className="list history">
      {history.map((entry) => (
        <li key={entry.id}>
          <time dateTime={new Date(entry.createdAt).toISOString()}>
            {formatDay(entry.createdAt, locale)} {formatTime(entry.createdAt, locale)}
          </time>{" "}
          — {label(entry.action)}
          {entry.reason ? ` : ${entry.reason}` : ""}
        </li>
      ))}
    </ol>
  );
}

// Every status has its label, checked by tsc: a new enum value without a label fails the build
// instead of crashing a page at run time (it once crashed the member's "Mes interventions").
const REQUEST_STATUS_LABEL: Record<RequestStatus, MessageKey> = {
  REQUESTED: "scheduling.requestStatus.REQUESTED",
  PROPOSED: "scheduling.requestStatus.PROPOSED",
  PLANNED: "scheduling.requestStatus.PLANNED",
  DONE: "scheduling.requestStatus.DONE",
  CANCELLED: "scheduling.requestStatus.CANCELLED",
};
const INTERVENTION_STATUS_LABEL: Record<InterventionStatus, MessageKey> = {
  PROPOSED: "scheduling.interventionStatus.PROPOSED",
  PLANNED: "scheduling.interventionStatus.PLANNED",
  IN_PROGRESS: "scheduling.interventionStatus.IN_PROGRESS",
  DONE: "scheduling.interventionStatus.DONE",
  SIGNED: "scheduling.interventionStatus.SIGNED",
  CANCELLED: "scheduling.interventionStatus.CANCELLED",
};

type StatusBadgeProps =
  { kind: "request"; status: RequestStatus } | { kind: "intervention"; status: InterventionStatus };

export function StatusBadge(props: StatusBadgeProps) {
  const { t } = useTranslation();
  const key = props.kind === "request" ? REQUEST_STATUS_LABEL[props.status] : INTERVENTION_STATUS_LABEL[props.status];
  return <span className={`badge status-${props.status.toLowerCase()}`}>{t(key)}</span>;
}

/** Technician, date and slot (half-day, full day or precise times): the fields of every booking form. */
export function SlotFields({
  technicians,
  defaults,
  errors,
}: {
  technicians: { id: string; displayName: string }[];
  defaults: { technicianId?: string | null; date?: string; slot?: string; startTime?: string; endTime?: string };
  errors?: Record<string, string[] | undefined>;
}) {
  const { t, tError } = useTranslation();
  const error = (name: string) =>
    errors?.[name]?.length ? (
      <p className="field-error" id={`${name}-error`}>
        {errors[name]!.map(tError).join(" ")}
      </p>
    ) : null;
  return (
    <>
      <div className="grid grid-2">
        <div className="field">
          <label htmlFor="slot-technician">{t("scheduling.plan.technician")}</label>
          <select id="slot-technician" name="technicianId" defaultValue={defaults.technicianId ?? ""} required>
            {technicians.map((technician) => (
              <option key={technician.id} value={technician.id}>
                {technician.displayName}
              </option>
            ))}
          </select>
          {error("technicianId")}
        </div>
        <div className="field">
          <label htmlFor="slot-date">{t("scheduling.plan.date")}</label>
          <input
            id="slot-date"
            name="date"
            type="date"
            defaultValue={defaults.date ?? ""}
            required
            aria-describedby={errors?.date ? "date-error" : undefined}
          />
          {error("date")}
        </div>
      </div>
      <div className="field">
        <label htmlFor="slot-choice">{t("scheduling.plan.slot")}</label>
        <select id="slot-choice" name="slot" defaultValue={defaults.slot ?? "MORNING"}>
          <option value="MORNING">{t("scheduling.portion.MORNING")}</option>
          <option value="AFTERNOON">{t("scheduling.portion.AFTERNOON")}</option>
          <option value="FULL_DAY">{t("scheduling.portion.FULL_DAY")}</option>
          <option value="CUSTOM">{t("scheduling.slot.CUSTOM")}</option>
        </select>
        {error("slot")}
      </div>
      <div className="grid grid-2">
        <div className="field">
          <label htmlFor="slot-start">{t("scheduling.plan.start")}</label>
          <input id="slot-start" name="startTime" type="time" defaultValue={defaults.startTime ?? ""} />
          {error("startTime")}
        </div>
        <div className="field">
          <label htmlFor="slot-end">{t("scheduling.plan.end")}</label>
          <input id="slot-end" name="endTime" type="time" defaultValue={defaults.endTime ?? ""} />
          {error("endTime")}
        </div>
      </div>
    </>
  );
}
