import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxField, ErrorList, SelectField } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { formatHalfDaysAsDays } from "~/domain/capacity/half-days";
import { renewalPreview, renewSubscriptions } from "~/domain/subscriptions/renewal.server";
import { RenewalSchema } from "~/domain/subscriptions/subscription.schema";
import { requireUserWithPermission } from "~/utils/auth.server";
import { intlLocaleOf } from "~/utils/i18n";
import { redirectWithToast, toastOf } from "~/utils/toast.server";
import { formAction } from "~/utils/forms/form-action.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";
import { FilterBar } from "~/components/ui/filter-bar";
import { DataTable } from "~/components/ui/data-table";
import { columnsFor } from "~/components/ui/data-table-columns";
import { PeriodOptions } from "~/components/periods/period-options";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("members");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.renewSubscriptions")];

// The preview is a GET: choosing the periods changes nothing, so it can be bookmarked and reloaded.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "subscriptions:manage");
  const url = new URL(request.url);
  return renewalPreview(user, { from: url.searchParams.get("de"), to: url.searchParams.get("vers") });
}

export const action = withSubmissionKey(
  "subscription-renewal",
  formAction("subscriptions:manage", RenewalSchema, async ({ user, submission }) => {
    const result = await renewSubscriptions(user, submission.value);
    if (!result.ok) return data(submission.reply({ formErrors: result.formErrors }), { status: 400 });
    return redirectWithToast(
      `/souscriptions?periode=${submission.value.to}`,
      toastOf(user.locale, result.created > 0 ? "success" : "info", "renewal.done", {
        created: result.created,
        skipped: result.skipped,
      }),
    );
  }),
);

export default function RenewalPage() {
  const { periods, from, to, preview } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const numberLocale = intlLocaleOf(locale);
  const exceeds = preview?.capacity.exceeds ?? false;
  const column = columnsFor<NonNullable<typeof preview>["lines"][number]>(locale);
  return (
    <>
      <BackLink to="/souscriptions">{t("subscriptions.title")}</BackLink>
      <h1>{t("renewal.title")}</h1>
      <p className="muted">{t("renewal.intro")}</p>
      <FilterBar submitLabel={t("renewal.preview")}>
        <SelectField
          label={t("renewal.from")}
          selectProps={{ id: "renewal-from", name: "de", defaultValue: from ?? undefined }}
        >
          <PeriodOptions periods={periods} />
        </SelectField>
        <SelectField
          label={t("renewal.to")}
          selectProps={{ id: "renewal-to", name: "vers", defaultValue: to ?? undefined }}
        >
          <PeriodOptions periods={periods} />
        </SelectField>
      </FilterBar>
      {!preview ? (
        <p className="card">
          {t("renewal.noTarget")} <Link to="/admin/periodes">{t("renewal.managePeriods")}</Link>
        </p>
      ) : (
        <>
          {exceeds ? (
            <p className="capacity-warning" role="alert">
              <span className="badge badge-warn">{t("subscriptions.overCapacity")}</span>{" "}
              {t("renewal.capacityWarning", {
                sold: formatHalfDaysAsDays(preview.capacity.soldHalfDays, numberLocale),
                available: formatHalfDaysAsDays(preview.capacity.availableHalfDays, numberLocale),
              })}
            </p>
          ) : null}
          <DataTable
            empty={t("renewal.nothing")}
            rows={preview.lines}
            rowKey={(line) => line.memberId}
            withFooter
            columns={[
              column.name(t("subscriptions.field.member"), (line) => line.memberName, t("renewal.total")),
              column.shares(t("subscriptions.field.shares"), (line) => line.shareHalves, preview.totalShareHalves),
              column.cents(t("renewal.previousPrice"), (line) => line.previousPriceCents),
              column.cents(t("renewal.newPrice"), (line) => line.priceCents, preview.totalPriceCents),
              {
                header: t("subscriptions.field.schedule"),
                cell: (line) => t(`subscriptions.schedule.${line.billingSchedule}`),
              },
            ]}
          />
          {preview.skipped.length > 0 ? (
            <section className="card">
              <h2>{t("renewal.skipped")}</h2>
              <ul className="list">
                {preview.skipped.map((skip) => (
                  <li key={skip.memberId}>
                    {skip.memberName} — {t(`renewal.skip.${skip.reason}`)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {preview.lines.length > 0 && !preview.targetClosed ? (
            <Form method="post" className="card stack">
              <SubmissionKeyField />
              <ErrorList errors={lastResult?.error?.[""] ?? null} />
              <input type="hidden" name="from" value={from ?? ""} />
              <input type="hidden" name="to" value={to ?? ""} />
              {exceeds ? (
                <CheckboxField
                  label={t("subscriptions.field.override")}
                  hint={t("subscriptions.hint.override")}
                  inputProps={{ name: "capacityOverride" }}
                />
              ) : null}
              <div>
                <SubmitButton className="button">{t("renewal.submit", { count: preview.lines.length })}</SubmitButton>
              </div>
            </Form>
          ) : null}
        </>
      )}
    </>
  );
}
