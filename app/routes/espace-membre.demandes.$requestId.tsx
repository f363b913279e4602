import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { StateBadge } from "~/components/lifecycle-state";
import {
  formatDay,
  formatIsoDay,
  formatTime,
  HistoryList,
  SchedulingRefusal,
  ReasonField,
} from "~/components/scheduling/scheduling-ui";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { ownRequestDetail } from "~/domain/scheduling/member-requests.server";
import { acceptProposal, cancelOwnRequest, declineProposal } from "~/domain/scheduling/member-request-answers.server";
import { MemberCancelSchema } from "~/domain/scheduling/scheduling.schema";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { formatDuration } from "~/utils/format-workdays";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readFormInScope } from "~/utils/forms/read-form-in-scope.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("lifecycle", "scheduling");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(matches, { name: data?.request.subject, otherwise: "title.request" }),
];

export const loader = loaderWithPermission("requests:read-own", async (user, { params }) => ({
  ...(await ownRequestDetail(user, params.requestId!)),
  timeZone: user.timeZone,
}));

export async function action({ request, params }: ActionFunctionArgs) {
  const requestId = params.requestId!;
  // Another member's request answers 404 before anything about the form is said.
  const { user, formData } = await readFormInScope(request, "requests:create", (user) =>
    ownRequestDetail(user, requestId),
  );
  const intent = formData.get("intent");
  const here = `/espace-membre/demandes/${requestId}`;
  const closed = () =>
    data({ error: translate(user.locale, "scheduling.errors.closed"), conflicts: [] }, { status: 409 });
  if (intent === "accept") {
    const outcome = await acceptProposal(user, requestId);
    if (!outcome.ok)
      return "conflicts" in outcome ? data({ error: null, conflicts: outcome.conflicts }, { status: 409 }) : closed();
    return redirectWithToast(here, { type: "success", message: translate(user.locale, "scheduling.member.accepted") });
  }
  if (intent === "decline") {
    const outcome = await declineProposal(
      user,
      requestId,
      String(formData.get("reason") ?? "")
        .trim()
        .slice(0, 500),
    );
    if (!outcome.ok) return closed();
    return redirectWithToast(here, { type: "info", message: translate(user.locale, "scheduling.member.declined") });
  }
  const submission = parseForm(formData, { schema: MemberCancelSchema });
  if (intent !== "cancel" || submission.status !== "success")
    return data({ error: translate(user.locale, "errors.generic"), conflicts: [] }, { status: 400 });
  const outcome = await cancelOwnRequest(user, requestId, submission.value);
  if (!outcome.ok) {
    if ("needsConfirmation" in outcome)
      return data({ error: translate(user.locale, "scheduling.errors.confirmLate"), conflicts: [] }, { status: 400 });
    const state = translate(user.locale, `lifecycle.state.${outcome.state}`);
    return data(
      { error: translate(user.locale, "lifecycle.refused.cancel", { state }), conflicts: [] },
      { status: 409 },
    );
  }
  return redirectWithToast(here, {
    type: "success",
    message: translate(
      user.locale,
      outcome.charged ? "scheduling.member.cancelledCharged" : "scheduling.member.cancelled",
    ),
  });
}

export default function MemberRequestPage() {
  const {
    request,
    history,
    lateIfCancelledNow,
    lateCancellationHours,
    minutesPerDay,
    canCancel,
    state,
    visit,
    timeZone,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const intervention = request.intervention;
  const when = intervention && {
    date: formatDay(intervention.startsAt, locale, timeZone),
    start: formatTime(intervention.startsAt, locale, timeZone),
    end: formatTime(intervention.endsAt, locale, timeZone),
    technician: intervention.technician.displayName,
  };
  return (
    <div className="narrow">
      <BackLink to="/espace-membre/demandes">{t("scheduling.member.title")}</BackLink>
      <h1>{request.subject}</h1>
      <SchedulingRefusal refusal={actionData} timeZone={timeZone} />
      <div className="card stack">
        <p>
          {t("scheduling.member.status")} : <StateBadge state={state} /> · {t(`scheduling.urgency.${request.urgency}`)}{" "}
          · {t(`scheduling.mode.${request.mode}`)}
        </p>
        {request.details ? <p className="pre-line">{request.details}</p> : null}
        {request.siteAddress ? <p>{request.siteAddress}</p> : null}
        <p>
          {t("scheduling.plan.expected", { duration: formatDuration(request.expectedMinutes, minutesPerDay, locale) })}
        </p>
        {request.preferredSlots.length ? (
          <p>
            {t("scheduling.plan.preferred")} :{" "}
            {request.preferredSlots
              .map((slot) => `${formatIsoDay(slot.date, locale)} (${t(`scheduling.portion.${slot.portion}`)})`)
              .join(" ; ")}
          </p>
        ) : null}
        {request.chosenStartsAt && state === "REQUESTED" ? (
          <p>
            {t("scheduling.member.chosenSlot", {
              date: formatDay(request.chosenStartsAt, locale, timeZone),
              start: formatTime(request.chosenStartsAt, locale, timeZone),
              end: formatTime(
                new Date(new Date(request.chosenStartsAt).getTime() + request.expectedMinutes * 60_000),
                locale,
                timeZone,
              ),
            })}
          </p>
        ) : null}
        {when && (state === "PLANNED" || state === "IN_PROGRESS") ? (
          <p>{t("scheduling.member.planned", when)}</p>
        ) : null}
      </div>

      {intervention && (visit || intervention.closingSummary) ? (
        <section className="card stack" aria-labelledby="report-title">
          <h2 id="report-title">{t("lifecycle.report")}</h2>
          {intervention.closingSummary ? <p className="pre-line">{intervention.closingSummary}</p> : null}
          {visit ? (
            <p>
              <strong>{t("lifecycle.explained")} :</strong> {visit.explanation}
            </p>
          ) : null}
          {intervention.report?.signedAt ? (
            <p>
              <a href={`/espace-membre/interventions/${intervention.id}/fiche.pdf`} download>
                {t("lifecycle.reportPdf")}
              </a>
              {intervention.report.snapshotHash ? (
                <span className="muted">
                  {" "}
                  · {t("lifecycle.signedHash", { hash: intervention.report.snapshotHash })}
                </span>
              ) : null}
            </p>
          ) : null}
        </section>
      ) : null}

      {when && intervention?.status === "PROPOSED" && request.status === "PROPOSED" ? (
        <section className="card stack" aria-labelledby="proposal-title">
          <h2 id="proposal-title">{t("scheduling.member.proposalTitle")}</h2>
          <p>{t("scheduling.member.proposal", when)}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="accept" />
            <button type="submit" className="button">
              {t("scheduling.member.accept")}
            </button>
          </Form>
          <ReasonForm
            intent="decline"
            reason={<ReasonField id="decline-reason" label={t("scheduling.member.declineReason")} />}
            button={{ className: "button button-secondary", label: t("scheduling.member.decline") }}
          />
        </section>
      ) : null}

      {!canCancel && (state === "IN_PROGRESS" || state === "DONE" || state === "SIGNED") ? (
        <p className="muted">{t("lifecycle.noCancelDone")}</p>
      ) : null}
      {canCancel ? (
        <section className="card stack" aria-labelledby="cancel-title">
          <h2 id="cancel-title">{t("scheduling.member.cancelTitle")}</h2>
          <ReasonForm
            intent="cancel"
            reason={<ReasonField id="cancel-reason" label={t("scheduling.member.cancelReason")} />}
            button={{ className: "button button-danger", label: t("scheduling.member.cancel") }}
          >
            {lateIfCancelledNow && intervention ? (
              <>
                <p className="warning">
                  {t("scheduling.member.lateWarning", {
                    hours: lateCancellationHours,
                    minutes: formatDuration(intervention.plannedMinutes, minutesPerDay, locale),
                  })}
                </p>
                <label className="checkbox">
                  <input type="checkbox" name="confirmLate" value="on" required /> {t("scheduling.member.confirmLate")}
                </label>
              </>
            ) : null}
          </ReasonForm>
        </section>
      ) : null}

      <h2>{t("scheduling.member.history")}</h2>
      <HistoryList history={history} />
    </div>
  );
}

/** Declining a proposal or cancelling the request: what is said first, the reason, the button. */
function ReasonForm({
  intent,
  reason,
  button,
  children,
}: {
  intent: "decline" | "cancel";
  reason: ReactNode;
  button: { className: string; label: string };
  children?: ReactNode;
}) {
  return (
    <Form method="post" className="stack">
      <input type="hidden" name="intent" value={intent} />
      {children}
      {reason}
      <button type="submit" className={button.className}>
        {button.label}
      </button>
    </Form>
  );
}
