import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { shortDate } from "~/components/subscriptions/short-date";
import { useTranslation } from "~/components/use-translation";
import { formatHalfDaysAsDays } from "~/domain/capacity/half-days";
import { subscriptionsOfPeriod } from "~/domain/subscriptions/subscriptions.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { PageHeading } from "~/components/ui/page-heading";
import { formatCents, formatShareHalves } from "~/utils/format-amounts";
import { intlLocaleOf } from "~/utils/i18n";
import { FilterBar } from "~/components/ui/filter-bar";
import { SelectField } from "~/components/ui/field";
import { PeriodOptions } from "~/components/periods/period-options";
import { DataTable } from "~/components/ui/data-table";
import { columnsFor } from "~/components/ui/data-table-columns";
import { StatCards } from "~/components/ui/stat-cards";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("members");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.subscriptions")];

export const loader = loaderWithPermission("subscriptions:manage", (user, { request }) =>
  subscriptionsOfPeriod(user, new URL(request.url).searchParams.get("periode")),
);

export default function SubscriptionsPage() {
  const { periods, periodId, subscriptions, capacity } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const numberLocale = intlLocaleOf(locale);
  const column = columnsFor<(typeof subscriptions)[number]>(locale);
  const totalHalves = subscriptions
    .filter((row) => row.status === "ACTIVE")
    .reduce((sum, row) => sum + row.shareHalves, 0);
  const totalCents = subscriptions
    .filter((row) => row.status === "ACTIVE")
    .reduce((sum, row) => sum + row.priceCents, 0);
  return (
    <>
      <PageHeading
        title={t("subscriptions.title")}
        actions={
          <>
            <Link to={`/souscriptions/nouvelle${periodId ? `?periode=${periodId}` : ""}`} className="button">
              {t("subscriptions.new")}
            </Link>
            <Link
              to={`/souscriptions/renouveler${periodId ? `?de=${periodId}` : ""}`}
              className="button button-secondary"
            >
              {t("renewal.title")}
            </Link>
          </>
        }
      />
      {periods.length === 0 ? (
        <p className="muted">{t("subscriptions.noPeriod")}</p>
      ) : (
        <FilterBar submitLabel={t("subscriptions.show")}>
          <SelectField
            label={t("subscriptions.field.period")}
            selectProps={{ id: "subscription-period", name: "periode", defaultValue: periodId ?? undefined }}
          >
            <PeriodOptions periods={periods} closedLabel={t("subscriptions.closed")} />
          </SelectField>
        </FilterBar>
      )}
      {capacity ? (
        <StatCards
          className="grid grid-3"
          cardClassName="card"
          stats={[
            { value: formatShareHalves(totalHalves, locale), label: t("subscriptions.sharesSold") },
            { value: formatCents(totalCents, locale), label: t("subscriptions.totalPrice") },
            {
              value: (
                <>
                  {formatHalfDaysAsDays(capacity.soldHalfDays, numberLocale)} /{" "}
                  {formatHalfDaysAsDays(capacity.availableHalfDays, numberLocale)}
                </>
              ),
              label: t("subscriptions.daysSoldOfAvailable"),
              note:
                capacity.soldHalfDays > capacity.availableHalfDays ? (
                  <span className="badge badge-warn">{t("subscriptions.overCapacity")}</span>
                ) : null,
            },
          ]}
        />
      ) : null}
      {periodId && subscriptions.length === 0 ? <p className="muted">{t("subscriptions.empty")}</p> : null}
      {subscriptions.length > 0 ? (
        <DataTable
          rows={subscriptions}
          columns={[
            column.link(t("subscriptions.field.member"), "/souscriptions", (subscription) => subscription.member.name, {
              after: (subscription) => (
                <>
                  {subscription.capacityOverride ? (
                    <span className="badge badge-warn" title={subscription.overrideNote}>
                      {t("subscriptions.overCapacity")}
                    </span>
                  ) : null}
                  {subscription.status === "CANCELLED" ? (
                    <span className="badge">{t("subscriptions.cancelled")}</span>
                  ) : null}
                </>
              ),
            }),
            column.shares(t("subscriptions.field.shares"), (subscription) => subscription.shareHalves),
            column.cents(t("subscriptions.field.price"), (subscription) => subscription.priceCents),
            {
              header: t("subscriptions.field.schedule"),
              cell: (subscription) => t(`subscriptions.schedule.${subscription.billingSchedule}`),
            },
            {
              header: t("subscriptions.dates"),
              cell: (subscription) =>
                `${shortDate(subscription.startDate, locale)} → ${shortDate(subscription.endDate, locale)}`,
            },
          ]}
        />
      ) : null}
    </>
  );
}
