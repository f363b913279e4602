import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import { PayByTransfer } from "~/components/accounting/pay-by-transfer";
import { memberHome } from "~/domain/dashboard/home.server";
import { memberPaymentInfo } from "~/domain/payments/statement.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatDuration, formatLocalDate, formatLocalTime } from "~/utils/format";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "balance:read-own");
  const [home, payment] = await Promise.all([memberHome(user), memberPaymentInfo({ associationId: user.associationId, memberId: user.memberId! })]);
  return { name: user.name, timeZone: user.timeZone, home, payment };
}

export default function MemberHome() {
  const { name, timeZone, home, payment } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const balance = home.balance ?? { allottedMinutes: 0, consumedMinutes: 0, remainingMinutes: 0, usedPercent: 0 };
  const usedPercent = balance.usedPercent;
  const gaugeClass = usedPercent >= 100 ? "gauge gauge-over" : usedPercent >= 80 ? "gauge gauge-warn" : "gauge";
  const duration = (minutes: number) => formatDuration(minutes, home.minutesPerDay, locale);
  return (
    <>
      <h1>{t("home.welcome", { name })}</h1>
      <p className="muted">
        {home.memberName} · {home.periodLabel ? t("home.period", { label: home.periodLabel }) : t("home.noPeriod")}
      </p>
      <section className="card" aria-labelledby="balance-title">
        <h2 id="balance-title" style={{ marginTop: 0 }}>
          {t("home.balance")}
        </h2>
        <div className={gaugeClass} role="img" aria-label={t("home.used", { percent: usedPercent })}>
          <span style={{ width: `${Math.min(usedPercent, 100)}%` }} />
        </div>
        <p className="muted">{t("home.used", { percent: usedPercent })}</p>
        <div className="grid grid-3 stat-grid">
          <div className="stat-card">
            <p className="stat">{duration(balance.allottedMinutes)}</p>
            <p className="stat-label">{t("home.allotted")}</p>
          </div>
          <div className="stat-card">
            <p className="stat">{duration(balance.consumedMinutes)}</p>
            <p className="stat-label">{t("home.consumed")}</p>
          </div>
          <div className="stat-card">
            <p className="stat">{duration(balance.remainingMinutes)}</p>
            <p className="stat-label">{t("home.remaining")}</p>
          </div>
        </div>
        <p>
          <Link to="/espace-membre/solde">{t("ledger.member.homeLink")}</Link>
        </p>
      </section>
      <PayByTransfer payment={payment} />
      <p>
        <Link to="/espace-membre/releve">{t("statement.myTitle")}</Link>
      </p>
      <h2>{t("home.memberUpcoming")}</h2>
      {home.upcoming.length === 0 ? (
        <p className="muted">{t("home.noInterventions")}</p>
      ) : (
        <ul className="list card">
          {home.upcoming.map((intervention) => (
            <li key={intervention.id}>
              <strong>{formatLocalDate(new Date(intervention.localDate), locale)}</strong> ·{" "}
              {formatLocalTime(new Date(intervention.startsAt), locale, timeZone)} — {intervention.title}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
