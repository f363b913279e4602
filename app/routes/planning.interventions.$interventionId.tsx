import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { StateBadge } from "~/components/lifecycle-state";
import {
  formatDay,
  formatTime,
  HistoryList,
  SchedulingRefusal,
  ReasonField,
  SlotFields,
} from "~/components/scheduling/scheduling-ui";
import { canTransition } from "~/domain/scheduling/lifecycle";
import { useTranslation } from "~/components/use-translation";
import {
  cancelIntervention,
  interventionForStaff,
  moveIntervention,
} from "~/domain/scheduling/staff-interventions.server";
import { CancelSchema, MoveSchema } from "~/domain/scheduling/scheduling.schema";
import { formatDuration } from "~/utils/format-workdays";
import { translate } from "~/utils/i18n";
import { can } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { readFormInScope } from "~/utils/forms/read-form-in-scope.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("lifecycle", "scheduling");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(matches, { name: data?.intervention.title, otherwise: "title.intervention" }),
];

export const loader = loaderWithPermission("schedule:read", async (user, { params }) => ({
  ...(await interventionForStaff(user, params.interventionId!)),
  canManage: can(user.role, "schedule:manage"),
  canAdjust: can(user.role, "subscriptions:manage"),
}));

export async function action({ request, params }: ActionFunctionArgs) {
  const interventionId = params.interventionId!;
  const { user, formData } = await readFormInScope(request, "schedule:manage", (user) =>
    interventionForStaff(user, interventionId),
  );
  const intent = formData.get("intent");
  const here = `/planning/interventions/${interventionId}`;
  const closed = { result: null, conflicts: [], error: translate(user.locale, "scheduling.errors.closed"), intent };
  const refused = (event: "cancel" | "move", state?: string) =>
    state
      ? {
          ...closed,
          error: translate(user.locale, `lifecycle.refused.${event}`, {
            state: translate(user.locale, `lifecycle.state.${state as "DONE"}`),
          }),
        }
      : closed;
  if (intent === "cancel") {
    const submission = parseForm(formData, { schema: CancelSchema });
    if (submission.status !== "success")
      return data({ result: submission.reply(), conflicts: [], error: null, intent }, { status: 400 });
    const outcome = await cancelIntervention(user, interventionId, submission.value);
    if (!outcome.ok) return data(refused("cancel", outcome.state), { status: 409 });
    return redirectWithToast(here, {
      type: "success",
      message: translate(
        user.locale,
        outcome.charged ? "scheduling.intervention.cancelledCharged" : "scheduling.intervention.cancelled",
      ),
    });
  }
  const submission = parseForm(formData, { schema: MoveSchema });
  if (submission.status !== "success")
    return data({ result: submission.reply(), conflicts: [], error: null, intent: "move" }, { status: 400 });
  const outcome = await moveIntervention(user, interventionId, submission.value);
  if (!outcome.ok) {
    if ("conflicts" in outcome)
      return data(
        { result: submission.reply(), conflicts: outcome.conflicts, error: null, intent: "move" },
        { status: 409 },
      );
    return data(refused("move", outcome.state), { status: 409 });
  }
  return redirectWithToast(here, { type: "success", message: translate(user.locale, "scheduling.intervention.moved") });
}

export default function InterventionPage() {
  const {
    intervention,
    technicians,
    history,
    lateIfCancelledNow,
    lateCancellationHours,
    timeZone,
    canManage,
    canAdjust,
    visit,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const errorsOf = (intent: string) =>
    actionData?.intent === intent && actionData.result && "error" in actionData.result
      ? (actionData.result.error as Record<string, string[]> | undefined)
      : undefined;
  const movable = canManage && canTransition(intervention.status, "move");
  const cancellable = canManage && canTransition(intervention.status, "cancel");
  // Done or signed: no cancel, no move; the treasurer or an admin corrects the charge by an adjustment.
  const correctable = canAdjust && canTransition(intervention.status, "correct");
  return (
    <>
      <p>
        <Link to={`/planning?technicien=${intervention.technicianId}&date=${intervention.localDate}`}>
          ← {t("scheduling.calendar.title")}
        </Link>
      </p>
      <h1>{intervention.title}</h1>
      <div className="card stack">
        <p>
          <StateBadge state={intervention.status} /> ·{" "}
          {intervention.member?.name ?? t("scheduling.intervention.internal")} ·{" "}
          {t(`scheduling.mode.${intervention.mode}`)}
        </p>
        <p>
          {formatDay(intervention.startsAt, locale, timeZone)}, {formatTime(intervention.startsAt, locale, timeZone)} –{" "}
          {formatTime(intervention.endsAt, locale, timeZone)} · {intervention.technician.displayName} ·{" "}
          {formatDuration(intervention.plannedMinutes, 420, locale)}
        </p>
        {intervention.siteAddress ? <p>{intervention.siteAddress}</p> : null}
        {intervention.notes ? <p className="pre-line">{intervention.notes}</p> : null}
        {intervention.seriesId ? <p className="muted">{t("scheduling.intervention.series")}</p> : null}
        {intervention.cancelReason ? <p>{intervention.cancelReason}</p> : null}
        {visit ? (
          <p>
            <strong>{t("lifecycle.explained")} :</strong> {visit.explanation}
          </p>
        ) : null}
        {intervention.closingSummary ? <p className="pre-line">{intervention.closingSummary}</p> : null}
        <p>
          {intervention.requestId ? (
            <Link to={`/planning/demandes/${intervention.requestId}`}>{t("nav.requests")}</Link>
          ) : null}
          {intervention.requestId ? " · " : ""}
          <Link to={`/technicien/interventions/${intervention.id}/fiche`}>{t("lifecycle.report")}</Link>
        </p>
      </div>

      {correctable ? (
        <p>
          <Link className="button button-secondary" to={`/planning/interventions/${intervention.id}/correction`}>
            {t("lifecycle.correction.link")}
          </Link>
        </p>
      ) : null}
      <SchedulingRefusal refusal={actionData} timeZone={timeZone} />

      {movable ? (
        <section className="card" aria-labelledby="move-title">
          <h2 id="move-title">{t("scheduling.intervention.move")}</h2>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="move" />
            <SlotFields
              technicians={technicians}
              defaults={{
                technicianId: intervention.technicianId,
                date: intervention.localDate,
                slot: intervention.portion ?? "CUSTOM",
                startTime: formatTime(intervention.startsAt, "fr", timeZone),
                endTime: formatTime(intervention.endsAt, "fr", timeZone),
              }}
              errors={errorsOf("move")}
            />
            <ReasonField
              id="move-reason"
              label={t("scheduling.intervention.moveReason")}
              required
              missing={Boolean(errorsOf("move")?.reason)}
            />
            <button type="submit" className="button">
              {t("scheduling.intervention.move")}
            </button>
          </Form>
        </section>
      ) : null}

      {cancellable ? (
        <section className="card" aria-labelledby="cancel-title">
          <h2 id="cancel-title">{t("scheduling.intervention.cancel")}</h2>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="cancel" />
            {lateIfCancelledNow ? (
              <p className="warning">{t("scheduling.intervention.lateWarning", { hours: lateCancellationHours })}</p>
            ) : null}
            <ReasonField
              id="cancel-reason"
              label={t("scheduling.intervention.cancelReason")}
              required
              missing={Boolean(errorsOf("cancel")?.reason)}
            />
            {lateIfCancelledNow ? (
              <label className="checkbox">
                <input type="checkbox" name="waiveLateCancellation" value="on" /> {t("scheduling.intervention.waive")}
              </label>
            ) : null}
            <button type="submit" className="button button-danger">
              {t("scheduling.intervention.cancel")}
            </button>
          </Form>
        </section>
      ) : null}

      <h2>{t("scheduling.member.history")}</h2>
      <HistoryList history={history} />
    </>
  );
}
