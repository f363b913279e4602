import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatLongCalendarDate } from "~/utils/format-calendar-dates";
import { PeriodBalance } from "~/components/ledger/period-balance";
import { useTranslation } from "~/components/use-translation";
import { memberBalance } from "~/domain/ledger/balances.server";
import type { YearEndProjection } from "~/domain/ledger/year-end";
import { formatDuration } from "~/utils/format-workdays";
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
    new Date(),
    user.locale,
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
  const longDate = formatLongCalendarDate(periodEnd, locale);
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
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("ledger.member.title")}</h1>
      <p className="muted">{t("ledger.member.intro", { member: view.member.name })}</p>
      <PeriodBalance
        view={view}
        audience="member"
        inCard={(period, balance) => (
          <YearEnd projection={balance.yearEnd} periodEnd={period.endDate} minutesPerDay={view.minutesPerDay} />
        )}
      />
    </>
  );
}
