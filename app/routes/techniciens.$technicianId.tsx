import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseForm } from "~/utils/forms/parse-form";
import type { z } from "zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import {
  AbsenceSchema,
  TechnicianSchema,
  absenceKinds,
  dayPortions,
  weekdays,
} from "~/domain/technicians/technician.schema";
import {
  addAbsence,
  deleteAbsence,
  requireTechnician,
  technicianDetail,
  updateTechnician,
} from "~/domain/technicians/technicians.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatLocalDate } from "~/utils/format";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";
import { loadMessages } from "~/utils/messages/load-messages";
import type { AbsenceItem } from "~/domain/scheduling/conflicts";
import { pageTitle } from "~/utils/page-title";

await loadMessages("settings");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.technician")];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "technicians:manage");
  return technicianDetail(user, params.technicianId!);
}

export const action = withSubmissionKey("technician-record", async ({ request, params }: ActionFunctionArgs) => {
  const user = await requireUserWithPermission(request, "technicians:manage");
  // 404 for another tenant's technician before looking at the form.
  const technician = await requireTechnician(user, params.technicianId!);
  const page = `/techniciens/${technician.id}`;
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === "deleteAbsence") {
    await deleteAbsence(user, technician.id, String(formData.get("absenceId") ?? ""));
    return redirectWithToast(page, { type: "success", message: translate(user.locale, "technicians.absenceDeleted") });
  }
  if (intent === "addAbsence") {
    const submission = parseForm(formData, { schema: AbsenceSchema });
    if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
    await addAbsence(user, technician.id, submission.value);
    return redirectWithToast(page, { type: "success", message: translate(user.locale, "technicians.absenceAdded") });
  }
  const submission = parseForm(formData, { schema: TechnicianSchema });
  if (submission.status !== "success") return data({ intent: "update", result: submission.reply() }, { status: 400 });
  const result = await updateTechnician(user, technician.id, submission.value);
  if (!result.ok)
    return data(
      { intent: "update", result: submission.reply({ fieldErrors: { [result.field]: [result.error] } }) },
      { status: 400 },
    );
  return redirectWithToast(page, { type: "success", message: translate(user.locale, "technicians.saved") });
});

export default function TechnicianPage() {
  const { technician, absences, linkableUsers } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const [form, fields] = useForm({
    id: "technician",
    lastResult: actionData?.intent === "update" ? actionData.result : undefined,
    defaultValue: {
      ...technician,
      holidayZone: technician.holidayZone ?? "",
      contractEnd: technician.contractEnd ?? "",
      userId: technician.userId ?? "",
      morning: technician.morning.map(String),
      afternoon: technician.afternoon.map(String),
      employmentPercent: String(technician.employmentPercent),
    },
    onValidate: ({ formData }) => parseForm(formData, { schema: TechnicianSchema }),
    shouldValidate: "onBlur",
  });
  const day = (iso: string) => formatLocalDate(new Date(`${iso}T00:00:00.000Z`), locale);
  return (
    <>
      <p>
        <Link to="/techniciens">← {t("technicians.back")}</Link>
      </p>
      <h1>{technician.displayName}</h1>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <SubmissionKeyField />
        <input type="hidden" name="intent" value="update" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <fieldset className="card settings-section">
          <legend>{t("technicians.recordTitle")}</legend>
          <div className="grid grid-2">
            <Field
              label={t("technicians.displayName")}
              inputProps={getInputProps(fields.displayName, { type: "text" })}
              errors={fields.displayName.errors}
            />
            <Field
              label={t("technicians.phone")}
              inputProps={getInputProps(fields.phone, { type: "tel" })}
              errors={fields.phone.errors}
            />
            <Field
              label={t("technicians.employmentPercent")}
              hint={t("technicians.employmentHint")}
              inputProps={getInputProps(fields.employmentPercent, { type: "number" })}
              errors={fields.employmentPercent.errors}
            />
            <SelectField
              label={t("technicians.holidayZone")}
              selectProps={getSelectProps(fields.holidayZone)}
              errors={fields.holidayZone.errors}
            >
              <option value="">{t("technicians.zoneDefault")}</option>
              <option value="METROPOLE">{t("settings.option.holidayZone.METROPOLE")}</option>
              <option value="ALSACE_MOSELLE">{t("settings.option.holidayZone.ALSACE_MOSELLE")}</option>
            </SelectField>
            <Field
              label={t("technicians.contractStart")}
              inputProps={getInputProps(fields.contractStart, { type: "date" })}
              errors={fields.contractStart.errors}
            />
            <Field
              label={t("technicians.contractEnd")}
              hint={t("technicians.contractEndHint")}
              inputProps={getInputProps(fields.contractEnd, { type: "date" })}
              errors={fields.contractEnd.errors}
            />
            <SelectField
              label={t("technicians.account")}
              selectProps={getSelectProps(fields.userId)}
              errors={fields.userId.errors}
            >
              <option value="">{t("technicians.noAccount")}</option>
              {linkableUsers.map((account) => (
                <option key={account.id} value={account.id}>
                  {account.name} ({account.email})
                </option>
              ))}
            </SelectField>
          </div>
        </fieldset>
        <fieldset className="card settings-section">
          <legend>{t("technicians.patternTitle")}</legend>
          <p className="muted">{t("technicians.patternHint")}</p>
          <div className="table-wrap">
            <table className="pattern-table">
              <thead>
                <tr>
                  <th scope="col">{t("technicians.weekday")}</th>
                  <th scope="col">{t("technicians.morning")}</th>
                  <th scope="col">{t("technicians.afternoon")}</th>
                </tr>
              </thead>
              <tbody>
                {weekdays.map((weekday) => {
                  const name = t(`technicians.weekday.${weekday}`);
                  return (
                    <tr key={weekday}>
                      <th scope="row">{name}</th>
                      {(["morning", "afternoon"] as const).map((half) => (
                        <td key={half}>
                          <input
                            type="checkbox"
                            name={half}
                            value={weekday}
                            defaultChecked={technician[half].includes(weekday)}
                            aria-label={`${name} — ${t(`technicians.${half}`)}`}
                          />
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </fieldset>
        <div>
          <SubmitButton className="button">{t("common.save")}</SubmitButton>
        </div>
      </Form>
      <AbsencesCard
        absences={absences}
        day={day}
        lastResult={actionData?.intent === "addAbsence" ? actionData.result : undefined}
      />
    </>
  );
}

type AbsenceRow = Pick<AbsenceItem, "id" | "kind" | "startDate" | "endDate" | "portion"> & { note: string };

function AbsencesCard({
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
      {absences.length === 0 ? (
        <p className="muted">{t("technicians.noAbsences")}</p>
      ) : (
        <ul className="list">
          {absences.map((absence) => (
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
          ))}
        </ul>
      )}
      <h3>{t("technicians.addAbsence")}</h3>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <SubmissionKeyField />
        <input type="hidden" name="intent" value="addAbsence" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <div className="grid grid-2">
          <SelectField
            label={t("technicians.absenceKind")}
            selectProps={getSelectProps(fields.kind)}
            errors={fields.kind.errors}
          >
            {absenceKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`technicians.kind.${kind}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("technicians.portion")}
            selectProps={getSelectProps(fields.portion)}
            errors={fields.portion.errors}
          >
            {dayPortions.map((portion) => (
              <option key={portion} value={portion}>
                {t(`technicians.portion.${portion}`)}
              </option>
            ))}
          </SelectField>
          <Field
            label={t("technicians.absenceStart")}
            inputProps={getInputProps(fields.startDate, { type: "date" })}
            errors={fields.startDate.errors}
          />
          <Field
            label={t("technicians.absenceEnd")}
            hint={t("technicians.absenceEndHint")}
            inputProps={getInputProps(fields.endDate, { type: "date" })}
            errors={fields.endDate.errors}
          />
          <Field
            label={t("technicians.absenceNote")}
            inputProps={getInputProps(fields.note, { type: "text" })}
            errors={fields.note.errors}
          />
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
