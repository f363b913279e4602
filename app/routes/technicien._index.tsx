import type { LoaderFunctionArgs } from "@remix-run/node";
import { ItemList } from "~/components/ui/item-list";
import { Link, useLoaderData } from "@remix-run/react";
import { StateBadge, StateFilter } from "~/components/lifecycle-state";
import { useTranslation } from "~/components/use-translation";
import { technicianHome } from "~/domain/dashboard/home.server";
import { CALENDAR_STATES, stateFilterOf } from "~/domain/scheduling/lifecycle";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatLocalDate, formatLocalTime } from "~/utils/format-instants";
import { loadMessages } from "~/utils/messages/load-messages";

await loadMessages("home", "lifecycle");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "time:log");
  const state = stateFilterOf(new URL(request.url).searchParams.get("etat"));
  return { name: user.name, timeZone: user.timeZone, home: await technicianHome(user, new Date(), state) };
}

export default function TechnicianHome() {
  const { name, timeZone, home } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("home.welcome", { name })}</h1>
      {home.technicianName ? null : <p className="toast toast-info">{t("home.notTechnician")}</p>}
      <h2>{t("home.nextInterventions")}</h2>
      <StateFilter value={home.state} states={CALENDAR_STATES} />
      <ItemList items={home.interventions} empty={t("home.noInterventions")} className="list card">
        {(intervention) => (
          <li key={intervention.id}>
            <strong>{formatLocalDate(new Date(intervention.localDate), locale)}</strong>
            {" · "}
            <span className="nowrap">
              {formatLocalTime(new Date(intervention.startsAt), locale, timeZone)}–
              {formatLocalTime(new Date(intervention.endsAt), locale, timeZone)}
            </span>{" "}
            <StateBadge state={intervention.status} />
            <br />
            <Link to={`/technicien/interventions/${intervention.id}/fiche`}>{intervention.title}</Link> —{" "}
            {intervention.member?.name}
            <br />
            <span className="muted">{intervention.siteAddress}</span>
            {intervention.member?.phone ? (
              <>
                {" · "}
                <a className="nowrap" href={`tel:${intervention.member.phone.replace(/\s/g, "")}`}>
                  {intervention.member.phone}
                </a>
              </>
            ) : null}
          </li>
        )}
      </ItemList>
    </>
  );
}
