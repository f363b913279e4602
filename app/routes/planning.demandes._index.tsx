import type { MetaFunction } from "@remix-run/node";
import { ItemList } from "~/components/ui/item-list";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDay } from "~/components/scheduling/scheduling-ui";
import { StateBadge, StateFilter } from "~/components/lifecycle-state";
import { useTranslation } from "~/components/use-translation";
import { requestInbox } from "~/domain/scheduling/request-lists.server";
import { requestListLoader } from "~/utils/request-list-loader.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("lifecycle", "scheduling");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.requestsToPlan")];

export const loader = requestListLoader("schedule:read", requestInbox);

export default function InboxPage() {
  const { requests, timeZone, state } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("scheduling.inbox.title")}</h1>
      <StateFilter value={state} />
      <ItemList items={requests} empty={t("scheduling.inbox.empty")} className="list request-list">
        {(request) => (
          <li key={request.id} className={`card urgency-${request.urgency.toLowerCase()}`}>
            <h2 className="request-title">
              <Link to={`/planning/demandes/${request.id}`}>{request.subject}</Link>
            </h2>
            <p>
              <span className="badge">{t(`scheduling.urgency.${request.urgency}`)}</span>{" "}
              <StateBadge state={request.state} /> · {request.member.name} · {t(`scheduling.mode.${request.mode}`)}
            </p>
            <p className="muted">
              {t("scheduling.inbox.age")} {formatDay(request.createdAt, locale, timeZone)}
            </p>
          </li>
        )}
      </ItemList>
    </>
  );
}
