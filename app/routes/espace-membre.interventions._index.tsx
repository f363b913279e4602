import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "~/components/scheduling/scheduling-ui";
import { useTranslation } from "~/components/use-translation";
import { memberInterventions } from "~/domain/members/member-space.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { formatLocalDate, formatLocalTime } from "~/utils/format";
import { EmptyState } from "~/components/ui/empty-state";
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
      {interventions.length === 0 ? (
        <EmptyState>{t("memberSpace.interventions.empty")}</EmptyState>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("memberSpace.interventions.when")}</th>
              <th scope="col">{t("memberSpace.interventions.what")}</th>
              <th scope="col">{t("memberSpace.interventions.state")}</th>
              <th scope="col">{t("memberSpace.interventions.report")}</th>
            </tr>
          </thead>
          <tbody>
            {interventions.map((intervention) => (
              <tr key={intervention.id}>
                <td>
                  {formatLocalDate(new Date(intervention.startsAt), locale, timeZone)},{" "}
                  {formatLocalTime(new Date(intervention.startsAt), locale, timeZone)}–
                  {formatLocalTime(new Date(intervention.endsAt), locale, timeZone)}
                </td>
                <td>
                  {intervention.requestId ? (
                    <Link to={`/espace-membre/demandes/${intervention.requestId}`}>{intervention.title}</Link>
                  ) : (
                    intervention.title
                  )}
                  {intervention.technician ? (
                    <span className="muted"> · {intervention.technician.displayName}</span>
                  ) : null}
                </td>
                <td>
                  <StatusBadge kind="intervention" status={intervention.status} />
                </td>
                <td>
                  {intervention.signedReport ? (
                    <a href={`/espace-membre/interventions/${intervention.id}/fiche.pdf`} download>
                      {t("memberSpace.report.download", {
                        date: formatLocalDate(new Date(intervention.signedReport.signedAt), locale, timeZone),
                      })}
                    </a>
                  ) : (
                    <span className="muted">{t("memberSpace.report.none")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
