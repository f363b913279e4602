import type { MetaFunction } from "@remix-run/node";
import { ItemList } from "~/components/ui/item-list";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDay, formatTime } from "~/components/scheduling/scheduling-ui";
import { StateBadge, StateFilter } from "~/components/lifecycle-state";
import { useTranslation } from "~/components/use-translation";
import { listOwnRequests } from "~/domain/scheduling/request-lists.server";
import { requestListLoader } from "~/utils/request-list-loader.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("lifecycle", "scheduling");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.myRequests")];

export const loader = requestListLoader("requests:read-own", listOwnRequests);

export default function MemberRequestsPage() {
  const { requests, timeZone, state } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("scheduling.member.title")}</h1>
      <p>
        <Link className="button" to="/espace-membre/demandes/nouvelle">
          {t("scheduling.member.new")}
        </Link>
      </p>
      <StateFilter value={state} />
      <ItemList items={requests} empty={t("scheduling.member.empty")} className="list request-list">
        {(request) => (
          <li key={request.id} className="card">
            <h2 className="request-title">
              <Link to={`/espace-membre/demandes/${request.id}`}>{request.subject}</Link>
            </h2>
            <p>
              <StateBadge state={request.state} /> · {t(`scheduling.urgency.${request.urgency}`)}
            </p>
            {request.intervention &&
            (request.state === "PLANNED" || request.state === "IN_PROGRESS" || request.state === "PROPOSED") ? (
              <p>
                {t("scheduling.member.planned", {
                  date: formatDay(request.intervention.startsAt, locale, timeZone),
                  start: formatTime(request.intervention.startsAt, locale, timeZone),
                  end: formatTime(request.intervention.endsAt, locale, timeZone),
                  technician: request.intervention.technician.displayName,
                })}
              </p>
            ) : null}
          </li>
        )}
      </ItemList>
    </>
  );
}
