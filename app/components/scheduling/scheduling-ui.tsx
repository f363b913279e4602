// Pieces shared by the booking and planning pages.
import { Field, SelectField } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { formatLocalDate, formatLocalTime } from "~/utils/format-instants";
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
  const { t } = useTranslation();
  return (
    <>
      <div className="grid grid-2">
        <SelectField
          label={t("scheduling.plan.technician")}
          selectProps={{
            id: "slot-technician",
            name: "technicianId",
            defaultValue: defaults.technicianId ?? "",
            required: true,
          }}
          options={technicians.map((technician) => ({ value: technician.id, label: technician.displayName }))}
          errors={errors?.technicianId}
        />
        <Field
          label={t("scheduling.plan.date")}
          inputProps={{
            id: "slot-date",
            name: "date",
            type: "date",
            defaultValue: defaults.date ?? "",
            required: true,
          }}
          errors={errors?.date}
        />
      </div>
      <SelectField
        label={t("scheduling.plan.slot")}
        selectProps={{ id: "slot-choice", name: "slot", defaultValue: defaults.slot ?? "MORNING" }}
        options={[
          { value: "MORNING", label: t("scheduling.portion.MORNING") },
          { value: "AFTERNOON", label: t("scheduling.portion.AFTERNOON") },
          { value: "FULL_DAY", label: t("scheduling.portion.FULL_DAY") },
          { value: "CUSTOM", label: t("scheduling.slot.CUSTOM") },
        ]}
        errors={errors?.slot}
      />
      <div className="grid grid-2">
        <Field
          label={t("scheduling.plan.start")}
          inputProps={{ id: "slot-start", name: "startTime", type: "time", defaultValue: defaults.startTime ?? "" }}
          errors={errors?.startTime}
        />
        <Field
          label={t("scheduling.plan.end")}
          inputProps={{ id: "slot-end", name: "endTime", type: "time", defaultValue: defaults.endTime ?? "" }}
          errors={errors?.endTime}
        />
      </div>
    </>
  );
}

/** Why a visit is declined, cancelled or moved: one line of up to 500 characters, sent as `reason`. */
export function ReasonField({
  id,
  label,
  required = false,
  missing = false,
}: {
  id: string;
  label: string;
  required?: boolean;
  /** The server refused the form for want of a reason. */
  missing?: boolean;
}) {
  return (
    <Field
      label={label}
      inputProps={{ id, name: "reason", type: "text", required: required || undefined, maxLength: 500 }}
      errors={missing ? ["errors.required"] : null}
    />
  );
}
