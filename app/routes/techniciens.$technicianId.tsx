import { getFormProps, useForm } from "@conform-to/react";
import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { DateRangeFields } from "~/components/ui/date-range-fields";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { AbsenceSchema, TechnicianSchema, weekdays } from "~/domain/technicians/technician.schema";
import {
  addAbsence,
  deleteAbsence,
  requireTechnician,
  technicianDetail,
  updateTechnician,
} from "~/domain/technicians/technicians.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { formatLocalDate } from "~/utils/format-instants";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readFormInScope } from "~/utils/forms/read-form-in-scope.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";
import { AbsencesCard } from "~/components/technicians/absences-card";
import { DataTable } from "~/components/ui/data-table";

await loadMessages("settings");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.technician")];

export const loader = loaderWithPermission("technicians:manage", (user, { params }) =>
  technicianDetail(user, params.technicianId!),
);

export const action = withSubmissionKey("technician-record", async ({ request, params }: ActionFunctionArgs) => {
  // 404 for another tenant's technician before looking at the form.
  const {
    user,
    record: technician,
    formData,
  } = await readFormInScope(request, "technicians:manage", (user) => requireTechnician(user, params.technicianId!));
  const page = `/techniciens/${technician.id}`;
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
  // A column of the weekly pattern: a checkbox a weekday, ticked when the half-day is worked.
  const halfDayColumn = (half: "morning" | "afternoon", header: string) => ({
    header,
    cell: (weekday: (typeof weekdays)[number]) => (
      <input
        type="checkbox"
        name={half}
        value={weekday}
        defaultChecked={technician[half].includes(weekday)}
        aria-label={`${t(`technicians.weekday.${weekday}`)} — ${t(`technicians.${half}`)}`}
      />
    ),
  });
  return (
    <>
      <BackLink to="/techniciens">{t("technicians.back")}</BackLink>
      <h1>{technician.displayName}</h1>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <SubmissionKeyField />
        <input type="hidden" name="intent" value="update" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <fieldset className="card settings-section">
          <legend>{t("technicians.recordTitle")}</legend>
          <div className="grid grid-2">
            <Field field={fields.displayName} label={t("technicians.displayName")} />
            <Field field={fields.phone} type="tel" label={t("technicians.phone")} />
            <Field
              field={fields.employmentPercent}
              type="number"
              label={t("technicians.employmentPercent")}
              hint={t("technicians.employmentHint")}
            />
            <SelectField
              field={fields.holidayZone}
              label={t("technicians.holidayZone")}
              placeholder={t("technicians.zoneDefault")}
              options={(["METROPOLE", "ALSACE_MOSELLE"] as const).map((zone) => ({
                value: zone,
                label: t(`settings.option.holidayZone.${zone}`),
              }))}
            />
            <DateRangeFields
              start={{ field: fields.contractStart, label: t("technicians.contractStart") }}
              end={{
                field: fields.contractEnd,
                label: t("technicians.contractEnd"),
                hint: t("technicians.contractEndHint"),
              }}
            />
            <SelectField
              field={fields.userId}
              label={t("technicians.account")}
              placeholder={t("technicians.noAccount")}
              options={linkableUsers.map((account) => ({
                value: account.id,
                label: `${account.name} (${account.email})`,
              }))}
            />
          </div>
        </fieldset>
        <fieldset className="card settings-section">
          <legend>{t("technicians.patternTitle")}</legend>
          <p className="muted">{t("technicians.patternHint")}</p>
          <DataTable
            className="pattern-table"
            rows={weekdays}
            rowKey={(weekday) => String(weekday)}
            columns={[
              {
                header: t("technicians.weekday"),
                rowHeader: true,
                cell: (weekday) => t(`technicians.weekday.${weekday}`),
              },
              halfDayColumn("morning", t("technicians.morning")),
              halfDayColumn("afternoon", t("technicians.afternoon")),
            ]}
          />
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
