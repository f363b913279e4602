// Pieces shared by the member's balance page and the staff's member detail: the gauge, the
// forecast sentence, the period selector and the movement list.
import { Link } from "@remix-run/react";
import type { LedgerKind, PeriodStatus } from "~/generated/prisma/client.ts";
import { formatDuration } from "~/utils/format-workdays";
import type { Locale, MessageKey } from "~/utils/i18n";
import { formatLongCalendarDate } from "~/utils/format-calendar-dates";
import { useTranslation } from "./use-translation";
import { PeriodChooser } from "./periods/period-chooser";
import { systemReason } from "~/domain/ledger/system-reasons";
import { ChartLegend, type LegendEntry } from "~/components/ui/chart-legend";
import { StatCards } from "~/components/ui/stat-cards";
import { DataTable } from "~/components/ui/data-table";

export interface GaugeBalance {
  allottedMinutes: number;
  consumedMinutes: number;
  adjustmentsMinutes: number;
  reservedMinutes: number;
  remainingMinutes: number;
  availableAfterReservationsMinutes: number;
}

const GAUGE_LEGEND: LegendEntry[] = [
  { swatch: "balance-spent", label: "ledger.gaugeLegendConsumed" },
  { swatch: "balance-reserved", label: "ledger.gaugeLegendReserved" },
  { swatch: "balance-free", label: "ledger.gaugeLegendFree" },
];

/**
 * A bar whose full width is the allotment: what is spent, then what planned interventions
 * hold (a distinct segment), then what is still free. The figures are also written in days
 * and hours beside it, so the bar is never the only carrier of the information.
 */
export function BalanceGauge({ balance, minutesPerDay }: { balance: GaugeBalance; minutesPerDay: number }) {
  const { t, locale } = useTranslation();
  const duration = (minutes: number) => formatDuration(minutes, minutesPerDay, locale);
  const spent = Math.max(0, balance.allottedMinutes - balance.remainingMinutes);
  const reserved = Math.min(balance.reservedMinutes, Math.max(0, balance.remainingMinutes));
  const total = Math.max(balance.allottedMinutes, spent + reserved, 1);
  const width = (minutes: number) => `${Math.min(100, (minutes * 100) / total)}%`;
  const over = balance.remainingMinutes < 0;
  const label = t("ledger.gaugeLabel", {
    consumed: duration(spent),
    reserved: duration(balance.reservedMinutes),
    allotted: duration(balance.allottedMinutes),
    remaining: duration(balance.remainingMinutes),
  });
  return (
    <div className="balance-gauge">
      <div className={`balance-bar${over ? " balance-bar-over" : ""}`} role="img" aria-label={label}>
        <span className="balance-spent" style={{ width: width(spent) }} />
        <span className="balance-reserved" style={{ width: width(reserved) }} />
      </div>
      <ChartLegend as="ul" className="balance-legend" swatchClassName="swatch" entries={GAUGE_LEGEND} />
      <StatCards
        className="grid grid-2 balance-figures"
        stats={[
          { value: duration(balance.allottedMinutes), label: t("ledger.allotted") },
          { value: duration(balance.consumedMinutes), label: t("ledger.consumed") },
          { value: duration(balance.reservedMinutes), label: t("ledger.reserved") },
          { value: duration(balance.remainingMinutes), label: t("ledger.remaining") },
        ]}
      />
      {balance.adjustmentsMinutes !== 0 ? (
        <p className="muted">
          {t("ledger.adjustments")} : {balance.adjustmentsMinutes > 0 ? "+" : ""}
          {duration(balance.adjustmentsMinutes)}
        </p>
      ) : null}
      <p className="muted">
        {t("ledger.availableAfterReservations", { duration: duration(balance.availableAfterReservationsMinutes) })}
      </p>
    </div>
  );
}

export interface ForecastInput {
  remainingMinutes: number;
  projectedExhaustion: string | null;
  period: { startDate: string; endDate: string; status: PeriodStatus };
  today: string;
}

/** The forecast in plain words: "votre temps" for the member, "le temps" for staff. */
export function forecastSentence(
  input: ForecastInput,
  t: (key: MessageKey, values?: Record<string, string>) => string,
  locale: Locale,
  audience: "member" | "staff" = "member",
) {
  const prefix = audience === "member" ? "ledger.forecast" : "ledger.staffForecast";
  if (input.period.status === "CLOSED") return t("ledger.forecast.closed");
  if (input.today < input.period.startDate || input.today > input.period.endDate)
    return t("ledger.forecast.notCurrent");
  if (input.remainingMinutes <= 0) return t(`${prefix}.exhausted`);
  if (input.projectedExhaustion)
    return t(`${prefix}.date`, { date: formatLongCalendarDate(input.projectedExhaustion, locale) });
  return t(`${prefix}.enoughSentence`);
}

export function PeriodSelector({
  periods,
  selectedId,
}: {
  periods: { id: string; label: string }[];
  selectedId: string | undefined;
}) {
  const { t } = useTranslation();
  if (periods.length < 2) return null;
  return (
    <PeriodChooser
      periods={periods}
      selectedId={selectedId}
      label={t("ledger.period")}
      submitLabel={t("ledger.showPeriod")}
      className="period-selector"
    />
  );
}

export interface MovementRow {
  id: string;
  kind: LedgerKind;
  minutes: number;
  occurredOn: string;
  reason: string;
  intervention: {
    id: string;
    title: string;
    localDate: string;
    requestId: string | null;
    signed: boolean;
    explanation: string | null;
  } | null;
}

/** Where a movement's intervention and report are read: the member's space or the staff's. */
function movementLinks(intervention: NonNullable<MovementRow["intervention"]>, audience: "member" | "staff") {
  if (audience === "member")
    return {
      page: intervention.requestId ? `/espace-membre/demandes/${intervention.requestId}` : null,
      report: intervention.signed ? `/espace-membre/interventions/${intervention.id}/fiche.pdf` : null,
    };
  return {
    page: `/planning/interventions/${intervention.id}`,
    report: `/technicien/interventions/${intervention.id}/fiche`,
  };
}

export function MovementList(props: {
  movements: MovementRow[];
  minutesPerDay: number;
  page: number;
  pageCount: number;
  pageHref: (page: number) => string;
  audience?: "member" | "staff";
}) {
  const { t, locale } = useTranslation();
  if (props.movements.length === 0) return <p className="muted">{t("ledger.movements.empty")}</p>;
  return (
    <>
      <DataTable
        rows={props.movements}
        rowKey={(movement) => movement.id}
        columns={[
          {
            header: t("ledger.movement.date"),
            cell: (movement) => formatLongCalendarDate(movement.occurredOn, locale),
          },
          {
            header: t("ledger.movement.what"),
            cell: (movement) => (
              <>
                {movement.intervention ? (
                  <MovementIntervention intervention={movement.intervention} audience={props.audience ?? "staff"} />
                ) : (
                  t(`ledger.kind.${movement.kind}`)
                )}
                {movement.reason ? <MovementReason reason={movement.reason} /> : null}
              </>
            ),
          },
          {
            header: t("ledger.movement.minutes"),
            numeric: true,
            cell: (movement) => (
              <>
                {movement.minutes > 0 ? "+" : ""}
                {formatDuration(movement.minutes, props.minutesPerDay, locale)}
              </>
            ),
          },
        ]}
      />
      {props.pageCount > 1 ? (
        <nav className="pagination" aria-label={t("ledger.movements")}>
          {props.page > 1 ? <Link to={props.pageHref(props.page - 1)}>{t("ledger.previous")}</Link> : null}
          <span>{t("ledger.pagination", { page: String(props.page), count: String(props.pageCount) })}</span>
          {props.page < props.pageCount ? <Link to={props.pageHref(props.page + 1)}>{t("ledger.next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

function MovementIntervention({
  intervention,
  audience,
}: {
  intervention: NonNullable<MovementRow["intervention"]>;
  audience: "member" | "staff";
}) {
  const { t, locale } = useTranslation();
  const links = movementLinks(intervention, audience);
  const label = t("ledger.movement.intervention", {
    title: intervention.title,
    date: formatLongCalendarDate(intervention.localDate, locale),
  });
  return (
    <>
      {links.page ? <Link to={links.page}>{label}</Link> : label}
      {links.report ? (
        <>
          {" · "}
          <a href={links.report}>{t("lifecycle.report")}</a>
        </>
      ) : null}
      {intervention.explanation ? (
        <>
          <br />
          <span className="muted">{intervention.explanation}</span>
        </>
      ) : null}
    </>
  );
}

/** A movement's reason: the application's own in the reader's language, a person's as typed. */
function MovementReason({ reason }: { reason: string }) {
  const { t } = useTranslation();
  const known = systemReason(reason);
  return <span className="muted"> — {known ? t(known.key, known.values) : reason}</span>;
}
