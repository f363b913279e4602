import { getFormProps, useForm } from "@conform-to/react";
import { parseForm } from "~/utils/forms/parse-form";
import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList, Field } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { CreatePeriodSchema } from "~/domain/periods/period.schema";
import { monthKey } from "~/domain/settings/settings.schema";
import { createPeriod, listPeriods } from "~/domain/periods/periods.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { creationAction } from "~/utils/forms/creation-action.server";
import { formatLocalDate } from "~/utils/format-instants";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";
import { DataTable } from "~/components/ui/data-table";
import { columnsFor } from "~/components/ui/data-table-columns";
import { dateColumn } from "~/domain/calendar/date-columns";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("settings");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.periods")];

export const loader = loaderWithPermission("association:configure", (user) => listPeriods(user));

// The new period is shown in the list of periods, where the board goes on (closing, capacity).
export const action = creationAction(
  "period-create",
  "association:configure",
  CreatePeriodSchema,
  (user, input) => createPeriod(user, input.containing),
  (period) => ["/admin/periodes", "periods.created", { label: period.label }],
);

export default function PeriodsPage() {
  const { periods, next, periodStartMonth } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseForm(formData, { schema: CreatePeriodSchema }),
  });
  const day = (iso: string) => formatLocalDate(dateColumn(iso), locale);
  const column = columnsFor<(typeof periods)[number]>(locale);
  return (
    <>
      <h1>{t("periods.title")}</h1>
      <p className="muted">
        {periodStartMonth === 1
          ? t("periods.calendarYear")
          : t("periods.season", { month: t(monthKey(periodStartMonth)) })}
      </p>
      <section className="card" aria-labelledby="next-period">
        <h2 id="next-period">{t("periods.createTitle")}</h2>
        <p>{t("periods.next", { label: next.label, start: day(next.startDate), end: day(next.endDate) })}</p>
        <Form method="post" className="stack" {...getFormProps(form)}>
          <SubmissionKeyField />
          <ErrorList id={form.errorId} errors={form.errors} />
          <details>
            <summary>{t("periods.otherPeriod")}</summary>
            <Field
              field={fields.containing}
              type="date"
              label={t("periods.containing")}
              hint={t("periods.containingHint")}
            />
          </details>
          <div>
            <SubmitButton name="intent" value="create" className="button">
              {t("periods.create")}
            </SubmitButton>
          </div>
        </Form>
      </section>
      <section className="card" aria-labelledby="period-list">
        <h2 id="period-list">{t("periods.listTitle")}</h2>
        <DataTable
          rows={periods}
          empty={t("periods.none")}
          columns={[
            column.name(t("periods.label"), (period) => (
              <>
                {period.label} {period.current ? <span className="badge badge-ok">{t("periods.current")}</span> : null}
              </>
            )),
            { header: t("periods.start"), cell: (period) => day(period.startDate) },
            { header: t("periods.end"), cell: (period) => day(period.endDate) },
            {
              header: t("periods.status"),
              cell: (period) => t(period.status === "OPEN" ? "periods.open" : "periods.closed"),
            },
            { header: t("periods.subscriptions"), numeric: true, cell: (period) => period.subscriptions },
          ]}
        />
      </section>
    </>
  );
}
