import type { LoaderFunctionArgs } from "@remix-run/node";
import { ItemList } from "~/components/ui/item-list";
import type { ReactNode } from "react";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import { PayByTransfer } from "~/components/accounting/pay-by-transfer";
import { StatCards } from "~/components/ui/stat-cards";
import { memberHomePage } from "~/domain/members/member-home.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatMinutes } from "~/utils/format-durations";
import { formatDuration } from "~/utils/format-workdays";
import { formatLocalDate, formatLocalTime } from "~/utils/format-instants";
import { loadMessages } from "~/utils/messages/load-messages";

await loadMessages("accounting", "home", "ledger", "members");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "balance:read-own");
  const { home, payment, next } = await memberHomePage(user);
  return { name: user.name, timeZone: user.timeZone, home, payment, next };
}

export default function MemberHome() {
  const { name, timeZone, home, payment, next } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const balance = home.balance ?? { allottedMinutes: 0, consumedMinutes: 0, remainingMinutes: 0, usedPercent: 0 };
  const usedPercent = balance.usedPercent;
  const gaugeClass = usedPercent >= 100 ? "gauge gauge-over" : usedPercent >= 80 ? "gauge gauge-warn" : "gauge";
  const duration = (minutes: number) => formatDuration(minutes, home.minutesPerDay, locale);
  const day = (instant: string | Date) => formatLocalDate(new Date(instant), locale, timeZone);
  const time = (instant: string | Date) => formatLocalTime(new Date(instant), locale, timeZone);
  return (
    <>
      <h1>{t("home.welcome", { name })}</h1>
      <p className="muted">
        {home.memberName} · {home.periodLabel ? t("home.period", { label: home.periodLabel }) : t("home.noPeriod")}
      </p>
      <p>
        <Link to="/espace-membre/demandes/nouvelle" className="button button-large">
          + {t("memberSpace.home.ask")}
        </Link>
      </p>
      {next.proposals.length > 0 ? (
        <HomeCard id="proposals-title" title={t("memberSpace.home.proposals")} className="card stack">
          <ul className="list">
            {next.proposals.map((proposal) => (
              <li key={proposal.id}>
                {proposal.intervention
                  ? t("memberSpace.home.proposal", {
                      subject: proposal.subject,
                      date: day(proposal.intervention.startsAt),
                      start: time(proposal.intervention.startsAt),
                      end: time(proposal.intervention.endsAt),
                    })
                  : proposal.subject}{" "}
                <Link
                  to={`/espace-membre/demandes/${proposal.id}`}
                  className="button button-secondary"
                  aria-label={`${t("memberSpace.home.answer")} : ${proposal.subject}`}
                >
                  {t("memberSpace.home.answer")}
                </Link>
              </li>
            ))}
          </ul>
        </HomeCard>
      ) : null}
      <div className="grid grid-2">
        <HomeCard id="next-title" title={t("memberSpace.home.next")}>
          <p>
            {next.next
              ? t("memberSpace.home.nextWhen", {
                  date: day(next.next.startsAt),
                  start: time(next.next.startsAt),
                  end: time(next.next.endsAt),
                  title: next.next.title,
                })
              : t("memberSpace.home.nextNone")}
          </p>
        </HomeCard>
        <HomeCard id="report-title" title={t("memberSpace.home.latestReport")}>
          {next.latestReport?.signedAt ? (
            <>
              <p>
                {t("memberSpace.home.latestReportWhat", {
                  title: next.latestReport.intervention.title,
                  signer: next.latestReport.signerName ?? "",
                  date: day(next.latestReport.signedAt),
                })}
              </p>
              <p>
                <a href={`/espace-membre/interventions/${next.latestReport.intervention.id}/fiche.pdf`} download>
                  {t("memberSpace.report.download", { date: day(next.latestReport.signedAt) })}
                </a>
              </p>
            </>
          ) : (
            <p className="muted">{t("memberSpace.home.latestReportNone")}</p>
          )}
          <p>
            <Link to="/espace-membre/interventions">{t("memberSpace.interventions.all")}</Link>
          </p>
        </HomeCard>
      </div>
      <HomeCard id="balance-title" title={t("home.balance")}>
        <div className={gaugeClass} role="img" aria-label={t("home.used", { percent: usedPercent })}>
          <span style={{ width: `${Math.min(usedPercent, 100)}%` }} />
        </div>
        <p className="muted">
          {t("home.used", { percent: usedPercent })} ·{" "}
          {t("memberSpace.home.dayIs", { hours: formatMinutes(home.minutesPerDay) })}
        </p>
        <StatCards
          className="grid grid-3 stat-grid"
          cardClassName="stat-card"
          stats={[
            { value: duration(balance.allottedMinutes), label: t("home.allotted") },
            { value: duration(balance.consumedMinutes), label: t("home.consumed") },
            { value: duration(balance.remainingMinutes), label: t("home.remaining") },
          ]}
        />
        <p>
          <Link to="/espace-membre/solde">{t("ledger.member.homeLink")}</Link>
        </p>
      </HomeCard>
      <PayByTransfer payment={payment} />
      <p>
        <Link to="/espace-membre/releve">{t("statement.myTitle")}</Link>
      </p>
      <h2>{t("home.memberUpcoming")}</h2>
      <ItemList items={home.upcoming} empty={t("home.noInterventions")} className="list card">
        {(intervention) => (
          <li key={intervention.id}>
            <strong>{formatLocalDate(new Date(intervention.localDate), locale)}</strong> ·{" "}
            {formatLocalTime(new Date(intervention.startsAt), locale, timeZone)} — {intervention.title}
          </li>
        )}
      </ItemList>
    </>
  );
}

/** One of the home's cards, named by its heading. */
function HomeCard({
  id,
  title,
  className = "card",
  children,
}: {
  id: string;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={className} aria-labelledby={id}>
      <h2 id={id} style={{ marginTop: 0 }}>
        {title}
      </h2>
      {children}
    </section>
  );
}
