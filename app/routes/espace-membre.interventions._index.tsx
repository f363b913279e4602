import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "~/components/scheduling/scheduling-ui";
import { useTranslation } from "~/components/use-translation";
import { memberInterventions } from "~/domain/members/member-space.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { formatLocalDate, formatLocalTime } from "~/utils/format-instants";
import { DataTable } from "~/components/ui/data-table";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("members", "scheduling");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.myInterventions")];

export const loader = loaderWithPermission("requests:read-own", async (user) => ({
  timeZone: user.timeZone,
  interventions: await memberInterventions(user),
}));

export default function MemberInterventionsPage() {
  const { interventions, timeZone } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("memberSpace.interventions.title")}</h1>
      <p className="muted">{t("memberSpace.interventions.intro")}</p>
      <DataTable
        empty={t("memberSpace.interventions.empty")}
        className="table"
        wrapped={false}
        rows={interventions}
        rowKey={(intervention) => intervention.id}
        columns={[
          {
            header: t("memberSpace.interventions.when"),
            cell: (intervention) => (
              <>
                {formatLocalDate(new Date(intervention.startsAt), locale, timeZone)},{" "}
                {formatLocalTime(new Date(intervention.startsAt), locale, timeZone)}–
                {formatLocalTime(new Date(intervention.endsAt), locale, timeZone)}
              </>
            ),
          },
          {
            header: t("memberSpace.interventions.what"),
            cell: (intervention) => (
              <>
                {intervention.requestId ? (
                  <Link to={`/espace-membre/demandes/${intervention.requestId}`}>{intervention.title}</Link>
                ) : (
                  intervention.title
                )}
                {intervention.technician ? (
                  <span className="muted"> · {intervention.technician.displayName}</span>
                ) : null}
              </>
            ),
          },
          {
            header: t("memberSpace.interventions.state"),
            cell: (intervention) => <StatusBadge kind="intervention" status={intervention.status} />,
          },
          {
            header: t("memberSpace.interventions.report"),
            cell: (intervention) =>
              intervention.signedReport ? (
                <a href={`/espace-membre/interventions/${intervention.id}/fiche.pdf`} download>
                  {t("memberSpace.report.download", {
                    date: formatLocalDate(new Date(intervention.signedReport.signedAt), locale, timeZone),
                  })}
                </a>
              ) : (
                <span className="muted">{t("memberSpace.report.none")}</span>
              ),
          },
        ]}
      />
    </>
  );
}
