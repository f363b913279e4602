import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import { StatCards } from "~/components/ui/stat-cards";
import { adminHome } from "~/domain/dashboard/home.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { formatShareHalves } from "~/utils/format-amounts";
import { loadMessages } from "~/utils/messages/load-messages";

await loadMessages("home");

export const loader = loaderWithPermission("association:configure", async (user) => ({
  name: user.name,
  home: await adminHome(user),
}));

export default function AdminHome() {
  const { name, home } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const stats = [
    { value: String(home.activeMembers), label: t("home.activeMembers") },
    { value: formatShareHalves(home.shareHalves, locale), label: t("home.sharesSold") },
    { value: formatShareHalves(home.soldHalfDays, locale), label: t("home.daysSold") },
    { value: String(home.technicians), label: t("home.technicians") },
    { value: String(home.upcoming), label: t("home.upcoming") },
    { value: String(home.pendingInvitations), label: t("home.pendingInvitations") },
  ];
  return (
    <>
      <h1>{t("home.welcome", { name })}</h1>
      <p className="muted">{home.periodLabel ? t("home.period", { label: home.periodLabel }) : t("home.noPeriod")}</p>
      <StatCards className="grid grid-3 stat-grid" cardClassName="card stat-card" stats={stats} />
    </>
  );
}
