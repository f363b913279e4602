import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { CapacityChart, monthAbbreviation } from "~/components/capacity-chart";
import { useTranslation } from "~/components/use-translation";
import { capacityPage } from "~/domain/capacity/capacity.server";
import { formatHalfDaysAsDays } from "~/domain/capacity/half-days";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatShareHalves } from "~/utils/format";
import { type MessageKey } from "~/utils/i18n";
import { loadMessages } from "~/utils/messages/load-messages";

await loadMessages("settings");

export const meta: MetaFunction = () => [{ title: "Capacité · Quote-part" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "capacity:read");
  const periodId = new URL(request.url).searchParams.get("periode");
  return capacityPage(user, periodId || null);
}

export default function CapacityPage() {
  const { periods, capacity } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const days = (halfDays: number) => formatHalfDaysAsDays(halfDays, locale === "fr" ? "fr-FR" : "en-GB");
  if (!capacity) {
    return (
      <>
        <h1>{t("capacity.title")}</h1>
        <p className="muted">{t("capacity.noPeriod")}</p>
      </>
    );
  }
  const { totals, check } = capacity;
  return (
    <>
      <h1>{t("capacity.titleFor", { label: capacity.period.label })}</h1>
      <Form method="get" className="inline-form">
        <label htmlFor="periode">{t("capacity.period")}</label>
        <select id="periode" name="periode" defaultValue={capacity.period.id}>
          {periods.map((period) => (
            <option key={period.id} value={period.id}>
              {period.label}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-secondary">
          {t("capacity.show")}
        </button>
      </Form>

      {check.needsOverride ? (
        <div className="banner-warning" role="alert">
          <strong>{t("capacity.oversold", { days: days(check.oversoldHalfDays) })}</strong> {t("capacity.oversoldHint")}
        </div>
      ) : null}

      <div className="grid grid-3">
        <div className="card">
          <p className="stat">{days(totals.availableHalfDays)}</p>
          <p className="stat-label">{t("capacity.availableDays")}</p>
        </div>
        <div className="card">
          <p className="stat">{days(totals.soldHalfDays)}</p>
          <p className="stat-label">{t("capacity.soldDays", { perShare: capacity.daysPerShare })}</p>
        </div>
        <div className="card">
          <p className="stat">{days(Math.max(0, check.unsoldHalfDays))}</p>
          <p className="stat-label">{t("capacity.unsoldDays")}</p>
        </div>
      </div>

      <section className="card" aria-labelledby="capacity-months">
        <h2 id="capacity-months">{t("capacity.byMonth")}</h2>
        <CapacityChart months={capacity.months} periodLabel={capacity.period.label} />
        <div className="table-wrap">
          <table>
            <caption className="muted">{t("capacity.monthsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("capacity.month")}</th>
                <th scope="col" className="number">
                  {t("capacity.pattern")}
                </th>
                <th scope="col" className="number">
                  {t("capacity.holidays")}
                </th>
                <th scope="col" className="number">
                  {t("capacity.absences")}
                </th>
                <th scope="col" className="number">
                  {t("capacity.reserve", { percent: capacity.reservePercent })}
                </th>
                <th scope="col" className="number">
                  {t("capacity.available")}
                </th>
                <th scope="col" className="number">
                  {t("capacity.sold")}
                </th>
                <th scope="col" className="number">
                  {t("capacity.margin")}
                </th>
              </tr>
            </thead>
            <tbody>
              {capacity.months.map((month) => {
                const margin = month.availableHalfDays - month.soldHalfDays;
                return (
                  <tr key={month.month}>
                    <th scope="row">
                      {monthAbbreviation(month.month, locale)} {month.month.slice(0, 4)}
                    </th>
                    <td className="number">{days(month.patternHalfDays)}</td>
                    <td className="number">{days(month.holidayHalfDays)}</td>
                    <td className="number">{days(month.absenceHalfDays)}</td>
                    <td className="number">{days(month.reserveHalfDays)}</td>
                    <td className="number">{days(month.availableHalfDays)}</td>
                    <td className="number">{days(month.soldHalfDays)}</td>
                    <td className={margin < 0 ? "number negative" : "number"}>{days(margin)}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("capacity.total")}</th>
                <td className="number">{days(totals.patternHalfDays)}</td>
                <td className="number">{days(totals.holidayHalfDays)}</td>
                <td className="number">{days(totals.absenceHalfDays)}</td>
                <td className="number">{days(totals.reserveHalfDays)}</td>
                <td className="number">{days(totals.availableHalfDays)}</td>
                <td className="number">{days(totals.soldHalfDays)}</td>
                <td className={check.unsoldHalfDays < 0 ? "number negative" : "number"}>
                  {days(check.unsoldHalfDays)}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="capacity-technicians">
        <h2 id="capacity-technicians">{t("capacity.byTechnician")}</h2>
        {capacity.technicians.length === 0 ? (
          <p className="muted">{t("capacity.noTechnicians")}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("capacity.technician")}</th>
                  <th scope="col">{t("capacity.zone")}</th>
                  <th scope="col" className="number">
                    {t("capacity.pattern")}
                  </th>
                  <th scope="col" className="number">
                    {t("capacity.holidays")}
                  </th>
                  <th scope="col" className="number">
                    {t("capacity.absences")}
                  </th>
                  <th scope="col" className="number">
                    {t("capacity.reserve", { percent: capacity.reservePercent })}
                  </th>
                  <th scope="col" className="number">
                    {t("capacity.available")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {capacity.technicians.map((technician) => (
                  <tr key={technician.id}>
                    <th scope="row">
                      {technician.displayName} <span className="muted">({technician.employmentPercent} %)</span>
                    </th>
                    <td>{t(`settings.option.holidayZone.${technician.zone}` as MessageKey)}</td>
                    <td className="number">{days(technician.capacity.patternHalfDays)}</td>
                    <td className="number">{days(technician.capacity.holidayHalfDays)}</td>
                    <td className="number">{days(technician.capacity.absenceHalfDays)}</td>
                    <td className="number">{days(technician.capacity.reserveHalfDays)}</td>
                    <td className="number">{days(technician.capacity.availableHalfDays)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="capacity-overrides">
        <h2 id="capacity-overrides">{t("capacity.overridesTitle")}</h2>
        {capacity.overrides.length === 0 ? (
          <p className="muted">{t("capacity.noOverrides")}</p>
        ) : (
          <ul className="list">
            {capacity.overrides.map((override) => (
              <li key={override.subscriptionId}>
                <Link to={`/souscriptions/${override.subscriptionId}`}>{override.memberName}</Link> —{" "}
                {t("capacity.overrideShares", { shares: formatShareHalves(override.shareHalves, locale) })}
                {override.overrideNote ? <span className="muted"> · {override.overrideNote}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
