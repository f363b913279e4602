import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import { StatCards } from "~/components/ui/stat-cards";
import { TreasuryPanels } from "~/components/accounting/treasury-panels";
import { treasurerHome } from "~/domain/dashboard/home.server";
import { treasuryFigures } from "~/domain/dashboard/treasury.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatCents } from "~/utils/format-amounts";
import { loadMessages } from "~/utils/messages/load-messages";

await loadMessages("accounting", "home", "payments");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "invoices:manage");
  const home = await treasurerHome(user);
  return { name: user.name, home, figures: await treasuryFigures(user, home.periodId) };
}

export default function TreasurerHome() {
  const { name, home, figures } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("home.welcome", { name })}</h1>
      <p className="muted">{home.periodLabel ? t("home.period", { label: home.periodLabel }) : t("home.noPeriod")}</p>
      <StatCards
        className="grid grid-3 stat-grid"
        cardClassName="card stat-card"
        stats={[
          { value: formatCents(home.totalCents, locale), label: t("home.subscriptionsTotal") },
          { value: home.drafts, label: t("home.draftInvoices") },
          { value: home.issued, label: t("home.issuedInvoices") },
        ]}
      />
      <TreasuryPanels figures={figures} />
      <h2>{t("home.bySchedule")}</h2>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <tbody>
            {home.bySchedule.map((row) => (
              <tr key={row.schedule}>
                <th scope="row">
                  {t(`home.schedule.${row.schedule}`)}
                  <span className="cell-detail">{t("home.subscriptionsCount", { count: row.count })}</span>
                </th>
                <td className="number">{formatCents(row.totalCents, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
