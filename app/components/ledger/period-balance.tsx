// One member's balance for the chosen period: the period selector, the gauge with its forecast, and
// the movements, paged. The member reads it in its space and staff on the member's balance page; both
// come from the same memberBalance view, and differ only by who is addressed and what they add.
import type { ReactNode } from "react";
import {
  BalanceGauge,
  forecastSentence,
  MovementList,
  PeriodSelector,
  type ForecastInput,
  type GaugeBalance,
  type MovementRow,
} from "~/components/balance-views";
import { useTranslation } from "~/components/use-translation";

type Period = ForecastInput["period"] & { id: string; label: string };
type Balance = GaugeBalance & { projectedExhaustion: string | null };

type PeriodBalanceProps<P extends Period, B extends Balance> = {
  view: {
    periods: { id: string; label: string }[];
    period: P | null;
    balance: B | null;
    minutesPerDay: number;
    today: string;
    movements: MovementRow[];
    page: number;
    pageCount: number;
  };
  audience: "member" | "staff";
  /** Under the forecast, inside the balance's card (the member's year-end projection). */
  inCard?: (period: P, balance: B) => ReactNode;
  /** Between the balance's card and the movements (staff's adjustment form). */
  afterCard?: ReactNode;
};

export function PeriodBalance<P extends Period, B extends Balance>({
  view,
  audience,
  inCard,
  afterCard,
}: PeriodBalanceProps<P, B>) {
  const { t, locale } = useTranslation();
  const { period, balance } = view;
  const pageHref = (page: number) =>
    `?${new URLSearchParams({ ...(period ? { periode: period.id } : {}), page: String(page) })}`;
  if (!period || !balance)
    return (
      <>
        <PeriodSelector periods={view.periods} selectedId={period?.id} />
        <p>{t(period ? "ledger.noSubscription" : "ledger.noPeriod")}</p>
      </>
    );
  const forecast = forecastSentence({ ...balance, period, today: view.today }, t, locale, audience);
  return (
    <>
      <PeriodSelector periods={view.periods} selectedId={period.id} />
      <section className="card" aria-labelledby="balance-title">
        <h2 id="balance-title" style={{ marginTop: 0 }}>
          {period.label}
        </h2>
        <BalanceGauge balance={balance} minutesPerDay={view.minutesPerDay} />
        {/* The member's own forecast is the sentence it came for; staff read it among other figures. */}
        <p className="forecast">{audience === "member" ? <strong>{forecast}</strong> : forecast}</p>
        {inCard?.(period, balance)}
      </section>
      {afterCard}
      <h2>{t("ledger.movements")}</h2>
      <MovementList
        movements={view.movements}
        minutesPerDay={view.minutesPerDay}
        page={view.page}
        pageCount={view.pageCount}
        pageHref={pageHref}
        audience={audience}
      />
    </>
  );
}
