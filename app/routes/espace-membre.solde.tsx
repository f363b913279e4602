import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import {
  BalanceGauge,
  formatCalendarDate,
  forecastSentence,
  MovementList,
  PeriodSelector,
} from "~/components/balance-views";
import { useTranslation } from "~/components/use-translation";
import { memberBalance } from "~/domain/ledger/balances.server";
import type { YearEndProjection } from "~/domain/ledger/year-end";
import { formatDuration } from "~/utils/format";
import { requireUserWithPermission } from "~/utils/auth.server";
import { scopeOf } from "~/utils/scope.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("ledger", "lifecycle");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.myBalance")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "balance:read-own");
  const url = new URL(request.url);
  // The member comes from the session, never from the URL.
  const scope = scopeOf(user);
  return memberBalance(
    scope,
    scope.memberId!,
    url.searchParams.get("periode"),
    Number(url.searchParams.get("page") ?? 1),
  );
}

/** The period's end, projected; what expires beyond the carry-over cap stands out, next to the forecast. */
function YearEnd({
  projection,
  periodEnd,
  minutesPerDay,
}: {
  projection: YearEndProjection | null;
  periodEnd: string;
  minutesPerDay: number;
}) {
  const { t, locale } = useTranslation();
  if (!projection) return null;
  const duration = (minutes: number) => formatDuration(minutes, minutesPerDay, locale);
  const [year, month, day] = periodEnd.split("-");
  const longDate = formatCalendarDate(periodEnd, locale);
  const shortDate = locale === "fr" ? `${day}/${month}` : `${day}/${month}/${year}`;
  return (
    <>
      <p className="year-end">
        {projection.projectedRemainingMinutes >= 0
          ? t("ledger.yearEnd.projected", {
              date: longDate,
              remaining: duration(projection.projectedRemainingMinutes),
              cap: duration(projection.capMinutes),
            })
          : t("ledger.yearEnd.over", { date: longDate, over: duration(-projection.projectedRemainingMinutes) })}
      </p>
      {projection.expiringIfUnusedMinutes > 0 ? (
        <p className="warning year-end-expiry" role="note">
          ⚠{" "}
          {t("ledger.yearEnd.expiring", {
            expiring: duration(projection.expiringIfUnusedMinutes),
            date: shortDate,
            cap: duration(projection.capMinutes),
          })}
          {/* At the current pace: said only when it differs from "if unused", else the same figure twice. */}
          {projection.expiringAtPaceMinutes > 0 &&
          duration(projection.expiringAtPaceMinutes) !== duration(projection.expiringIfUnusedMinutes)
            ? ` ${t("ledger.yearEnd.expiringAtPace", { expiring: duration(projection.expiringAtPaceMinutes), date: shortDate })}`
            : ""}
        </p>
      ) : null}
    </>
  );
}

export default function MemberBalancePage() {
  const view = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const { period, balance } = view;
  const pageHref = (page: number) =>
    `?${new URLSearchParams({ ...(period ? { periode: period.id } : {}), page: String(page) })}`;
  return (
    <>
      <h1>{t("ledger.member.title")}</h1>
      <p className="muted">{t("ledger.member.intro", { member: view.member.name })}</p>
      <PeriodSelector periods={view.periods} selectedId={period?.id} />
      {!period ? (
        <p>{t("ledger.noPeriod")}</p>
      ) : !balance ? (
        <p>{t("ledger.noSubscription")}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="balance-title">
            <h2 id="balance-title" style={{ marginTop: 0 }}>
              {period.label}
            </h2>
            <BalanceGauge balance={balance} minutesPerDay={view.minutesPerDay} />
            <p className="forecast">
              <strong>{forecastSentence({ ...balance, period, today: view.today }, t, locale)}</strong>
            </p>
            <YearEnd projection={balance.yearEnd} periodEnd={period.endDate} minutesPerDay={view.minutesPerDay} />
          </section>
          <h2>{t("ledger.movements")}</h2>
          <MovementList
            movements={view.movements}
            minutesPerDay={view.minutesPerDay}
            page={view.page}
            pageCount={view.pageCount}
            pageHref={pageHref}
            audience="member"
          />
        </>
      )}
    </>
  );
}
