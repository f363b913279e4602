import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConflictList, conflictMessage, formatIsoDay, SlotFields } from "~/components/scheduling/scheduling-ui";
import { useTranslation } from "~/components/use-translation";
import { createDirectInterventions, directFormContext } from "~/domain/scheduling/direct.server";
import { DirectInterventionSchema, workModes } from "~/domain/scheduling/scheduling.schema";
import { requireUserWithPermission } from "~/utils/auth.server";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("scheduling");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.newIntervention")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "schedule:manage");
  return { ...(await directFormContext(user)), timeZone: user.timeZone };
}

export const action = withSubmissionKey("intervention-create", async ({ request }: ActionFunctionArgs) => {
  const user = await requireUserWithPermission(request, "schedule:manage");
  const formData = await readForm(request);
  const submission = parseForm(formData, { schema: DirectInterventionSchema });
  if (submission.status !== "success")
    return data({ result: submission.reply(), conflicts: [], skipped: [], error: null }, { status: 400 });
  const outcome = await createDirectInterventions(user, submission.value);
  if (!outcome.ok) {
    if ("ruleError" in outcome)
      return data(
        {
          result: submission.reply(),
          conflicts: [],
          skipped: [],
          error: translate(user.locale, "scheduling.errors.rule", { error: outcome.ruleError }),
        },
        { status: 400 },
      );
    return data(
      { result: submission.reply(), conflicts: outcome.conflicts, skipped: [], error: null },
      { status: 409 },
    );
  }
  if (outcome.skipped.length) {
    // Skipped dates are shown on the page, with the rule each one broke.
    return data(
      {
        result: null,
        conflicts: [],
        skipped: outcome.skipped,
        error: translate(user.locale, "scheduling.direct.created", { count: outcome.created.length }),
      },
      { status: 200 },
    );
  }
  const first = outcome.created[0];
  return redirectWithToast(`/planning?technicien=${submission.value.technicianId}&date=${first.date}`, {
    type: "success",
    message: translate(user.locale, "scheduling.direct.created", { count: outcome.created.length }),
  });
});

const weekdayCodes = ["MO", "TU", "WE", "TH", "FR"] as const;
const weekdayNames = {
  fr: ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
};

export default function DirectInterventionPage() {
  const { technicians, members, ownTechnicianId, timeZone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const errors =
    actionData?.result && "error" in actionData.result
      ? (actionData.result.error as Record<string, string[]> | undefined)
      : undefined;
  return (
    <div className="narrow">
      <p>
        <Link to="/planning">← {t("scheduling.calendar.title")}</Link>
      </p>
      <h1>{t("scheduling.direct.title")}</h1>
      {actionData?.error ? (
        <p className={actionData.skipped.length ? "" : "field-error"} role="alert">
          {actionData.error}
        </p>
      ) : null}
      {actionData?.skipped?.length ? (
        <div className="card conflict" role="status">
          <p>{t("scheduling.direct.skipped", { count: actionData.skipped.length, details: "" })}</p>
          <ul>
            {actionData.skipped.map((item) => (
              <li key={item.date}>
                {formatIsoDay(item.date, locale)} :{" "}
                {item.conflicts.map((conflict) => conflictMessage(conflict, t, locale, timeZone)).join(" ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {actionData?.conflicts?.length ? <ConflictList conflicts={actionData.conflicts} timeZone={timeZone} /> : null}
      <Form method="post" className="card stack">
        <SubmissionKeyField />
        <div className="field">
          <label htmlFor="direct-title">{t("scheduling.direct.name")}</label>
          <input id="direct-title" name="title" type="text" required maxLength={200} />
          {errors?.title ? <p className="field-error">{t("errors.required")}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="direct-member">{t("scheduling.direct.member")}</label>
          <select id="direct-member" name="memberId" defaultValue="">
            <option value="">{t("scheduling.direct.noMember")}</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <SlotFields technicians={technicians} defaults={{ technicianId: ownTechnicianId }} errors={errors} />
        <div className="grid grid-2">
          <div className="field">
            <label htmlFor="direct-mode">{t("scheduling.member.mode")}</label>
            <select id="direct-mode" name="mode" defaultValue="ON_SITE">
              {workModes.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`scheduling.mode.${mode}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="direct-address">{t("scheduling.member.siteAddress")}</label>
            <input id="direct-address" name="siteAddress" type="text" maxLength={300} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="direct-notes">{t("scheduling.direct.notes")}</label>
          <textarea id="direct-notes" name="notes" rows={3} />
        </div>
        <div className="grid grid-2">
          <div className="field">
            <label htmlFor="direct-recurrence">{t("scheduling.direct.recurrence")}</label>
            <select id="direct-recurrence" name="recurrence" defaultValue="">
              <option value="">{t("scheduling.direct.recurrenceNone")}</option>
              <option value="FREQ=WEEKLY">{t("scheduling.direct.recurrenceWeekly")}</option>
              {weekdayCodes.map((code, index) => (
                <option key={`1${code}`} value={`FREQ=MONTHLY;BYDAY=1${code}`}>
                  {t("scheduling.direct.recurrenceFirstWeekday", { weekday: weekdayNames[locale][index] })}
                </option>
              ))}
              {weekdayCodes.map((code, index) => (
                <option key={`-1${code}`} value={`FREQ=MONTHLY;BYDAY=-1${code}`}>
                  {t("scheduling.direct.recurrenceLastWeekday", { weekday: weekdayNames[locale][index] })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="direct-until">{t("scheduling.direct.until")}</label>
            <input id="direct-until" name="untilDate" type="date" />
            {errors?.untilDate ? <p className="field-error">{t("scheduling.errors.untilRequired")}</p> : null}
          </div>
        </div>
        <button type="submit" className="button">
          {t("scheduling.direct.submit")}
        </button>
      </Form>
    </div>
  );
}
