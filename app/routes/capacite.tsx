import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ItemList } from "~/components/ui/item-list";
import { Link, useLoaderData } from "@remix-run/react";
import { CapacityChart, monthAbbreviation } from "~/components/capacity-chart";
import { PeriodChooser } from "~/components/periods/period-chooser";
import { useTranslation } from "~/components/use-translation";
import { DataTable, type Column } from "~/components/ui/data-table";
import { StatCards } from "~/components/ui/stat-cards";
import { capacityPage } from "~/domain/capacity/capacity.server";
import { formatHalfDaysAsDays } from "~/domain/capacity/half-days";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatShareHalves } from "~/utils/format-amounts";
import { intlLocaleOf } from "~/utils/i18n";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("settings");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.capacity")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "capacity:read");
  const periodId = new URL(request.url).searchParams.get("periode");
  return capacityPage(user, periodId || null);
}

export default function CapacityPage() {
  const { periods, capacity } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const days = (halfDays: number) => formatHalfDaysAsDays(halfDays, intlLocaleOf(locale));
  if (!capacity) {
    return (
      <>
        <h1>{t("capacity.title")}</h1>
        <p className="muted">{t("capacity.noPeriod")}</p>
      </>
    );
  }
  const { totals, check, reservePercent } = capacity;
  type MonthRow = (typeof capacity.months)[number];
  type TechnicianRow = (typeof capacity.technicians)[number];
  type Figures = Pick<
    typeof totals,
    "patternHalfDays" | "holidayHalfDays" | "absenceHalfDays" | "reserveHalfDays" | "availableHalfDays"
  >;
  // The columns both tables share: what the work pattern gives, what holidays, absences and the reserve
  // take, and what is left to sell.
  function figureColumns<Row>(figuresOf: (row: Row) => Figures, footer?: Figures): Column<Row>[] {
    const figure = (header: string, key: keyof Figures): Column<Row> => ({
      header,
      numeric: true,
      cell: (row) => days(figuresOf(row)[key]),
      footer: footer ? days(footer[key]) : undefined,
    });
    return [
      figure(t("capacity.pattern"), "patternHalfDays"),
      figure(t("capacity.holidays"), "holidayHalfDays"),
      figure(t("capacity.absences"), "absenceHalfDays"),
      figure(t("capacity.reserve", { percent: reservePercent }), "reserveHalfDays"),
      figure(t("capacity.available"), "availableHalfDays"),
    ];
  }
  return (
    <>
      <h1>{t("capacity.titleFor", { label: capacity.period.label })}</h1>
      <PeriodChooser
        periods={periods}
        selectedId={capacity.period.id}
        label={t("capacity.period")}
        submitLabel={t("capacity.show")}
        className="inline-form"
      />

      {check.needsOverride ? (
        <div className="banner-warning" role="alert">
          <strong>{t("capacity.oversold", { days: days(check.oversoldHalfDays) })}</strong> {t("capacity.oversoldHint")}
        </div>
      ) : null}

      <StatCards
        className="grid grid-3"
        cardClassName="card"
        stats={[
          { value: days(totals.availableHalfDays), label: t("capacity.availableDays") },
          { value: days(totals.soldHalfDays), label: t("capacity.soldDays", { perShare: capacity.daysPerShare }) },
          { value: days(Math.max(0, check.unsoldHalfDays)), label: t("capacity.unsoldDays") },
        ]}
      />

      <section className="card" aria-labelledby="capacity-months">
        <h2 id="capacity-months">{t("capacity.byMonth")}</h2>
        <CapacityChart months={capacity.months} periodLabel={capacity.period.label} />
        <DataTable
          caption={t("capacity.monthsCaption")}
          rows={capacity.months}
          rowKey={(month) => month.month}
          withFooter
          columns={[
            {
              header: t("capacity.month"),
              rowHeader: true,
              cell: (month) => `${monthAbbreviation(month.month, locale)} ${month.month.slice(0, 4)}`,
              footer: t("capacity.total"),
            },
            ...figureColumns<MonthRow>((month) => month, totals),
            {
              header: t("capacity.sold"),
              numeric: true,
              cell: (month) => days(month.soldHalfDays),
              footer: days(totals.soldHalfDays),
            },
            {
              header: t("capacity.margin"),
              numeric: true,
              cell: (month) => days(month.availableHalfDays - month.soldHalfDays),
              cellClassName: (month) => (month.availableHalfDays < month.soldHalfDays ? "negative" : undefined),
              footer: days(check.unsoldHalfDays),
              footerClassName: check.unsoldHalfDays < 0 ? "negative" : undefined,
            },
          ]}
        />
      </section>

      <section className="card" aria-labelledby="capacity-technicians">
        <h2 id="capacity-technicians">{t("capacity.byTechnician")}</h2>
        <DataTable
          empty={t("capacity.noTechnicians")}
          rows={capacity.technicians}
          rowKey={(technician) => technician.id}
          columns={[
            {
              header: t("capacity.technician"),
              rowHeader: true,
              cell: (technician) => (
                <>
                  {technician.displayName} <span className="muted">({technician.employmentPercent} %)</span>
                </>
              ),
            },
            {
              header: t("capacity.zone"),
              cell: (technician) => t(`settings.option.holidayZone.${technician.zone}`),
            },
            ...figureColumns<TechnicianRow>((technician) => technician.capacity),
          ]}
        />
      </section>

      <section className="card" aria-labelledby="capacity-overrides">
        <h2 id="capacity-overrides">{t("capacity.overridesTitle")}</h2>
        <ItemList items={capacity.overrides} empty={t("capacity.noOverrides")}>
          {(override) => (
            <li key={override.subscriptionId}>
              <Link to={`/souscriptions/${override.subscriptionId}`}>{override.memberName}</Link> —{" "}
              {t("capacity.overrideShares", { shares: formatShareHalves(override.shareHalves, locale) })}
              {override.overrideNote ? <span className="muted"> · {override.overrideNote}</span> : null}
            </li>
          )}
        </ItemList>
      </section>
    </>
  );
}
