import { getFormProps, useForm } from "@conform-to/react";
import { parseForm } from "~/utils/forms/parse-form";
import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList, Field } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { NewTechnicianSchema } from "~/domain/technicians/technician.schema";
import { createTechnician, listTechnicians } from "~/domain/technicians/technicians.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { creationAction } from "~/utils/forms/creation-action.server";
import { formatLocalDate } from "~/utils/format-instants";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";
import { DataTable } from "~/components/ui/data-table";
import { columnsFor } from "~/components/ui/data-table-columns";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("settings");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.technicians")];

export const loader = loaderWithPermission("technicians:manage", async (user) => ({
  technicians: await listTechnicians(user),
}));

export const action = creationAction(
  "technician-create",
  "technicians:manage",
  NewTechnicianSchema,
  createTechnician,
  (technician) => [`/techniciens/${technician.id}`, "technicians.created", { name: technician.displayName }],
);

export default function TechniciansPage() {
  const { technicians } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const column = columnsFor<(typeof technicians)[number]>(locale);
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseForm(formData, { schema: NewTechnicianSchema }),
    shouldValidate: "onBlur",
  });
  const day = (iso: string) => formatLocalDate(new Date(`${iso}T00:00:00.000Z`), locale);
  return (
    <>
      <h1>{t("technicians.title")}</h1>
      <DataTable
        rows={technicians}
        empty={t("technicians.none")}
        columns={[
          column.link(t("technicians.displayName"), "/techniciens", (technician) => technician.displayName, {
            rowHeader: true,
          }),
          {
            header: t("technicians.employmentPercent"),
            numeric: true,
            cell: (technician) => `${technician.employmentPercent} %`,
          },
          {
            header: t("technicians.weeklyDays"),
            numeric: true,
            cell: (technician) =>
              t("technicians.daysPerWeek", {
                days: String(technician.workedHalfDays / 2).replace(".", locale === "fr" ? "," : "."),
              }),
          },
          {
            header: t("technicians.contract"),
            cell: (technician) =>
              technician.contractEnd
                ? t("technicians.contractFromTo", {
                    start: day(technician.contractStart),
                    end: day(technician.contractEnd),
                  })
                : t("technicians.contractFrom", { start: day(technician.contractStart) }),
          },
          {
            header: t("technicians.account"),
            cell: (technician) => technician.userName ?? <span className="muted">{t("technicians.noAccount")}</span>,
          },
        ]}
      />
      <section className="card" aria-labelledby="new-technician">
        <h2 id="new-technician">{t("technicians.newTitle")}</h2>
        <p className="muted">{t("technicians.newHint")}</p>
        <Form method="post" className="stack" {...getFormProps(form)}>
          <SubmissionKeyField />
          <ErrorList id={form.errorId} errors={form.errors} />
          <div className="grid grid-3">
            <Field field={fields.displayName} label={t("technicians.displayName")} />
            <Field
              field={fields.employmentPercent}
              type="number"
              label={t("technicians.employmentPercent")}
              inputProps={{ defaultValue: fields.employmentPercent.initialValue ?? "100" }}
            />
            <Field field={fields.contractStart} type="date" label={t("technicians.contractStart")} />
          </div>
          <div>
            <SubmitButton className="button">{t("technicians.create")}</SubmitButton>
          </div>
        </Form>
      </section>
    </>
  );
}
