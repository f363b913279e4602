import { parseForm } from "~/utils/forms/parse-form";
import { ItemList } from "~/components/ui/item-list";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import {
  formatDay,
  formatIsoDay,
  formatTime,
  SchedulingRefusal,
  SlotFields,
  StatusBadge,
} from "~/components/scheduling/scheduling-ui";
import { SelectField } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { chosenSlotOf } from "~/domain/scheduling/member-slots.server";
import { assertRequestInScope, planRequest, requestForPlanning } from "~/domain/scheduling/planning.server";
import { SlotSchema } from "~/domain/scheduling/scheduling.schema";
import { minutesToTime } from "~/domain/scheduling/work-pattern";
import { formatDuration } from "~/utils/format-workdays";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readFormInScope } from "~/utils/forms/read-form-in-scope.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("lifecycle", "scheduling");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(matches, { name: data?.request.subject, otherwise: "title.request" }, "title.planning"),
];

export const loader = loaderWithPermission("schedule:read", async (user, { request, params }) => {
  const technicianId = new URL(request.url).searchParams.get("technicien");
  const planning = await requestForPlanning(user, params.requestId!, technicianId);
  return { ...planning, memberPick: chosenSlotOf(planning.request, user.timeZone) };
});

export async function action({ request, params }: ActionFunctionArgs) {
  const requestId = params.requestId!;
  const { user, formData } = await readFormInScope(request, "schedule:manage", (user) =>
    assertRequestInScope(user, requestId),
  );
  const mode = formData.get("intent") === "propose" ? "propose" : "plan";
  const submission = parseForm(formData, { schema: SlotSchema });
  if (submission.status !== "success")
    return data({ result: submission.reply(), conflicts: [], error: null }, { status: 400 });
  const outcome = await planRequest(user, requestId, submission.value, mode);
  if (!outcome.ok) {
    if ("conflicts" in outcome)
      return data({ result: submission.reply(), conflicts: outcome.conflicts, error: null }, { status: 409 });
    return data(
      { result: submission.reply(), conflicts: [], error: translate(user.locale, "scheduling.errors.closed") },
      { status: 409 },
    );
  }
  const message = translate(user.locale, mode === "plan" ? "scheduling.plan.planned" : "scheduling.plan.proposed");
  return redirectWithToast(
    mode === "plan" ? `/planning/interventions/${outcome.interventionId}` : "/planning/demandes",
    { type: "success", message },
  );
}

export default function PlanRequestPage() {
  const { request, technicians, technicianId, suggestions, timeZone, memberPick } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const chosen = technicians.find((technician) => technician.id === technicianId);
  const open = request.status === "REQUESTED" || request.status === "PROPOSED";
  const fieldErrors =
    actionData?.result && "error" in actionData.result
      ? (actionData.result.error as Record<string, string[]> | undefined)
      : undefined;
  const firstPreferred = request.preferredSlots[0];
  return (
    <>
      <BackLink to="/planning/demandes">{t("scheduling.inbox.title")}</BackLink>
      <h1>{request.subject}</h1>
      <div className="card stack">
        <p>
          <StatusBadge kind="request" status={request.status} />{" "}
          <span className="badge">{t(`scheduling.urgency.${request.urgency}`)}</span> · {request.member.name} ·{" "}
          {t(`scheduling.mode.${request.mode}`)}
        </p>
        {request.details ? <p className="pre-line">{request.details}</p> : null}
        {request.siteAddress ? <p>{request.siteAddress}</p> : null}
        <p>{t("scheduling.plan.expected", { duration: formatDuration(request.expectedMinutes, 420, locale) })}</p>
        <p>
          {t("scheduling.plan.preferred")} :{" "}
          {request.preferredSlots.length
            ? request.preferredSlots
                .map((slot) => `${formatIsoDay(slot.date, locale)} (${t(`scheduling.portion.${slot.portion}`)})`)
                .join(" ; ")
            : t("scheduling.plan.none")}
        </p>
        {request.intervention ? (
          <p>
            {t("scheduling.plan.current", {
              status: t(`scheduling.interventionStatus.${request.intervention.status}`),
              date: formatDay(request.intervention.startsAt, locale, timeZone),
              start: formatTime(request.intervention.startsAt, locale, timeZone),
              end: formatTime(request.intervention.endsAt, locale, timeZone),
              technician: request.intervention.technician.displayName,
            })}{" "}
            <Link to={`/planning/interventions/${request.intervention.id}`}>{t("scheduling.intervention.title")}</Link>
          </p>
        ) : null}
      </div>

      <SchedulingRefusal refusal={actionData} timeZone={timeZone} />

      {open && memberPick ? (
        <section className="card stack" aria-labelledby="chosen-title">
          <h2 id="chosen-title">
            {t("scheduling.slots.chosen", {
              date: formatIsoDay(memberPick.date, locale),
              start: memberPick.startTime,
              end: memberPick.endTime,
            })}
          </h2>
          <Form method="post">
            <input type="hidden" name="intent" value="plan" />
            <input type="hidden" name="technicianId" value={memberPick.technicianId} />
            <input type="hidden" name="date" value={memberPick.date} />
            <input type="hidden" name="slot" value="CUSTOM" />
            <input type="hidden" name="startTime" value={memberPick.startTime} />
            <input type="hidden" name="endTime" value={memberPick.endTime} />
            <button type="submit" className="button">
              {t("scheduling.slots.planChosen", {
                date: formatIsoDay(memberPick.date, locale),
                start: memberPick.startTime,
                end: memberPick.endTime,
              })}
            </button>
          </Form>
        </section>
      ) : null}
      {open && technicians.length ? (
        <>
          <section className="card stack" aria-labelledby="suggestions-title">
            <h2 id="suggestions-title">{t("scheduling.plan.suggestions")}</h2>
            <Form method="get" className="inline-form">
              <SelectField
                label={t("scheduling.plan.technician")}
                selectProps={{ id: "suggest-technician", name: "technicien", defaultValue: technicianId ?? "" }}
                options={technicians.map((technician) => ({ value: technician.id, label: technician.displayName }))}
              />
              <button type="submit" className="button button-secondary">
                {t("scheduling.plan.showSuggestions")}
              </button>
            </Form>
            <p>
              {t("scheduling.plan.suggestionsFor", {
                technician: chosen?.displayName ?? "",
                duration: formatDuration(request.expectedMinutes, 420, locale),
              })}
            </p>
            <ItemList items={suggestions} empty={t("scheduling.plan.noSuggestion")} className="list suggestions">
              {(slot) => (
                <li key={`${slot.localDate}-${slot.startMinute}`}>
                  <Form method="post">
                    <input type="hidden" name="intent" value="plan" />
                    <input type="hidden" name="technicianId" value={technicianId ?? ""} />
                    <input type="hidden" name="date" value={slot.localDate} />
                    <input type="hidden" name="slot" value={slot.portion ?? "CUSTOM"} />
                    <input type="hidden" name="startTime" value={minutesToTime(slot.startMinute)} />
                    <input type="hidden" name="endTime" value={minutesToTime(slot.endMinute)} />
                    <button type="submit" className="button button-secondary">
                      {t("scheduling.plan.useSlot", {
                        date: formatIsoDay(slot.localDate, locale),
                        start: minutesToTime(slot.startMinute),
                        end: minutesToTime(slot.endMinute),
                      })}
                    </button>
                  </Form>
                </li>
              )}
            </ItemList>
          </section>

          <section className="card" aria-labelledby="plan-title">
            <h2 id="plan-title">{t("scheduling.plan.title")}</h2>
            <Form method="post" className="stack">
              <SlotFields
                technicians={technicians}
                defaults={{
                  technicianId,
                  date: firstPreferred?.date,
                  slot: firstPreferred && firstPreferred.portion !== "ANY" ? firstPreferred.portion : "MORNING",
                }}
                errors={fieldErrors}
              />
              <div className="button-row">
                <button type="submit" name="intent" value="plan" className="button">
                  {t("scheduling.plan.submit")}
                </button>
                <button type="submit" name="intent" value="propose" className="button button-secondary">
                  {t("scheduling.plan.propose")}
                </button>
              </div>
            </Form>
          </section>
        </>
      ) : null}
    </>
  );
}
