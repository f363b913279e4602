// A technician's absences (leave, sickness, training…): the list with its delete buttons, and the form that adds one.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { ItemList } from "~/components/ui/item-list";
import { Form } from "@remix-run/react";
import type { z } from "zod";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { DateRangeFields } from "~/components/ui/date-range-fields";
import { useTranslation } from "~/components/use-translation";
import type { AbsenceItem } from "~/domain/scheduling/conflicts";
import { AbsenceSchema, absenceKinds, dayPortions } from "~/domain/technicians/technician.schema";
import { parseForm } from "~/utils/forms/parse-form";

type AbsenceRow = Pick<AbsenceItem, "id" | "kind" | "startDate" | "endDate" | "portion"> & { note: string };

export function AbsencesCard({
  absences,
  day,
  lastResult,
}: {
  absences: AbsenceRow[];
  day: (iso: string) => string;
  lastResult?: SubmissionResult<string[]>;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm<z.input<typeof AbsenceSchema>>({
    id: "absence",
    lastResult,
    onValidate: ({ formData }) => parseForm(formData, { schema: AbsenceSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <section className="card" aria-labelledby="absences-title">
      <h2 id="absences-title">{t("technicians.absencesTitle")}</h2>
      <ItemList items={absences} empty={t("technicians.noAbsences")}>
        {(absence) => (
          <li key={absence.id} className="absence-row">
            <span>
              <strong>{t(`technicians.kind.${absence.kind}`)}</strong> —{" "}
              {absence.startDate === absence.endDate
                ? `${day(absence.startDate)}${absence.portion === "FULL_DAY" ? "" : ` (${t(`technicians.portion.${absence.portion}`)})`}`
                : t("technicians.fromTo", { start: day(absence.startDate), end: day(absence.endDate) })}
              {absence.note ? <span className="muted"> · {absence.note}</span> : null}
            </span>
            <Form method="post">
              <input type="hidden" name="intent" value="deleteAbsence" />
              <input type="hidden" name="absenceId" value={absence.id} />
              <button type="submit" className="button button-danger">
                {t("technicians.deleteAbsence")}
              </button>
            </Form>
          </li>
        )}
      </ItemList>
      <h3>{t("technicians.addAbsence")}</h3>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <SubmissionKeyField />
        <input type="hidden" name="intent" value="addAbsence" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <div className="grid grid-2">
          <SelectField
            field={fields.kind}
            label={t("technicians.absenceKind")}
            options={absenceKinds.map((kind) => ({ value: kind, label: t(`technicians.kind.${kind}`) }))}
          />
          <SelectField
            field={fields.portion}
            label={t("technicians.portion")}
            options={dayPortions.map((portion) => ({ value: portion, label: t(`technicians.portion.${portion}`) }))}
          />
          <DateRangeFields
            start={{ field: fields.startDate, label: t("technicians.absenceStart") }}
            end={{ field: fields.endDate, label: t("technicians.absenceEnd"), hint: t("technicians.absenceEndHint") }}
          />
          <Field field={fields.note} label={t("technicians.absenceNote")} />
        </div>
        <div>
          <button type="submit" className="button">
            {t("technicians.addAbsence")}
          </button>
        </div>
      </Form>
    </section>
  );
}
