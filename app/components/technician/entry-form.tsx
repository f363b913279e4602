// The time entry form (new and edit). A plain form post without JS; with JS it validates on the
// phone and, when there is no network (or when fixing an entry from the offline queue), keeps the
// entry in the queue instead of posting it.
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { ErrorList, Field, SelectField, TextareaField } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { TIME_ENTRY_KINDS } from "~/domain/time/accounted-minutes";
import { TimeEntrySchema } from "~/domain/time/time-entry.schema";
import { formatShortDay } from "~/utils/format-calendar-dates";
import { SubmitButton } from "~/components/ui/submit-button";
import { DurationFields } from "~/components/ui/duration-fields";

export type EntryFormValues = Record<string, string>;

type Props = {
  defaultValue: EntryFormValues;
  options: { interventions: { id: string; date: string; label: string }[]; members: { id: string; name: string }[] };
  lastResult?: SubmissionResult<string[]> | null;
  submitLabel: string;
  /** Called instead of posting when the entry must go to the offline queue. */
  onQueue?: (fields: EntryFormValues) => void;
  /** When true every valid submit is queued (fixing an entry that is already in the queue). */
  alwaysQueue?: boolean;
};

export function EntryForm({ defaultValue, options, lastResult, submitLabel, onQueue, alwaysQueue = false }: Props) {
  const { t, locale } = useTranslation();
  const [form, fields] = useForm({
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: TimeEntrySchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const formProps = getFormProps(form);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    formProps.onSubmit(event);
    if (event.defaultPrevented || !onQueue) return;
    if (alwaysQueue || !navigator.onLine) {
      event.preventDefault();
      const fieldsTyped: EntryFormValues = {};
      new FormData(event.currentTarget).forEach((value, name) => {
        if (typeof value === "string") fieldsTyped[name] = value;
      });
      onQueue(fieldsTyped);
    }
  };
  return (
    <Form method="post" className="stack entry-form" {...formProps} onSubmit={onSubmit}>
      <input {...getInputProps(fields.clientId, { type: "hidden" })} />
      <ErrorList id={form.errorId} errors={form.errors} />
      <Field field={fields.date} type="date" label={t("time.form.date")} inputProps={{ required: true }} />
      <fieldset className="choice-group">
        <legend>{t("time.form.mode")}</legend>
        {(["times", "duration"] as const).map((mode) => (
          <label key={mode} className="choice">
            <input
              type="radio"
              name={fields.mode.name}
              value={mode}
              defaultChecked={(defaultValue.mode || "times") === mode}
            />
            {t(`time.form.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <div className="grid grid-2 entry-times">
        <Field field={fields.startTime} type="time" label={t("time.form.startTime")} inputProps={{ step: 60 }} />
        <Field field={fields.endTime} type="time" label={t("time.form.endTime")} inputProps={{ step: 60 }} />
      </div>
      <DurationFields
        hours={fields.durationHours}
        minutes={fields.durationMinutes}
        labels={{ hours: t("time.form.hours"), minutes: t("time.form.minutes") }}
        maxHours={12}
        className="entry-duration"
      />
      <SelectField
        field={fields.kind}
        label={t("time.form.kind")}
        options={TIME_ENTRY_KINDS.map((kind) => ({ value: kind, label: t(`time.kind.${kind}`) }))}
      />
      <SelectField
        field={fields.interventionId}
        label={t("time.form.intervention")}
        placeholder={t("time.form.noIntervention")}
        options={options.interventions.map((intervention) => ({
          value: intervention.id,
          label: `${formatShortDay(intervention.date, locale)} · ${intervention.label}`,
        }))}
      />
      <SelectField
        field={fields.memberId}
        label={t("time.form.member")}
        placeholder={t("time.form.noMember")}
        options={options.members.map((member) => ({ value: member.id, label: member.name }))}
      />
      <TextareaField field={fields.notes} label={t("time.form.notes")} textareaProps={{ rows: 3 }} />
      <p className="muted">{t("time.form.rules")}</p>
      <SubmitButton className="button button-large">{submitLabel}</SubmitButton>
    </Form>
  );
}
