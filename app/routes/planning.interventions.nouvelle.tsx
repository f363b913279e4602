import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/ui/back-link";
import { ConflictList, conflictMessage, formatIsoDay, SlotFields } from "~/components/scheduling/scheduling-ui";
import { useTranslation } from "~/components/use-translation";
import { createDirectInterventions, directFormContext } from "~/domain/scheduling/direct.server";
import { DirectInterventionSchema, workModes } from "~/domain/scheduling/scheduling.schema";
import { requireUserWithPermission } from "~/utils/auth.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { Field, SelectField, TextareaField } from "~/components/ui/field";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("scheduling");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.newIntervention")];

export const loader = loaderWithPermission("schedule:manage", async (user) => ({
  ...(await directFormContext(user)),
  timeZone: user.timeZone,
}));

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
      <BackLink to="/planning">{t("scheduling.calendar.title")}</BackLink>
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
        <Field
          label={t("scheduling.direct.name")}
          inputProps={{ id: "direct-title", name: "title", type: "text", required: true, maxLength: 200 }}
          errors={errors?.title ? ["errors.required"] : null}
        />
        <SelectField
          label={t("scheduling.direct.member")}
          selectProps={{ id: "direct-member", name: "memberId", defaultValue: "" }}
          placeholder={t("scheduling.direct.noMember")}
          options={members.map((member) => ({ value: member.id, label: member.name }))}
        />
        <SlotFields technicians={technicians} defaults={{ technicianId: ownTechnicianId }} errors={errors} />
        <div className="grid grid-2">
          <SelectField
            label={t("scheduling.member.mode")}
            selectProps={{ id: "direct-mode", name: "mode", defaultValue: "ON_SITE" }}
            options={workModes.map((mode) => ({ value: mode, label: t(`scheduling.mode.${mode}`) }))}
          />
          <Field
            label={t("scheduling.member.siteAddress")}
            inputProps={{ id: "direct-address", name: "siteAddress", type: "text", maxLength: 300 }}
          />
        </div>
        <TextareaField
          label={t("scheduling.direct.notes")}
          textareaProps={{ id: "direct-notes", name: "notes", rows: 3 }}
        />
        <div className="grid grid-2">
          <SelectField
            label={t("scheduling.direct.recurrence")}
            selectProps={{ id: "direct-recurrence", name: "recurrence", defaultValue: "" }}
            placeholder={t("scheduling.direct.recurrenceNone")}
            options={[
              { value: "FREQ=WEEKLY", label: t("scheduling.direct.recurrenceWeekly") },
              ...weekdayCodes.map((code, index) => ({
                value: `FREQ=MONTHLY;BYDAY=1${code}`,
                label: t("scheduling.direct.recurrenceFirstWeekday", { weekday: weekdayNames[locale][index] }),
              })),
              ...weekdayCodes.map((code, index) => ({
                value: `FREQ=MONTHLY;BYDAY=-1${code}`,
                label: t("scheduling.direct.recurrenceLastWeekday", { weekday: weekdayNames[locale][index] }),
              })),
            ]}
          />
          <Field
            label={t("scheduling.direct.until")}
            inputProps={{ id: "direct-until", name: "untilDate", type: "date" }}
            errors={errors?.untilDate ? ["scheduling.errors.untilRequired"] : null}
          />
        </div>
        <button type="submit" className="button">
          {t("scheduling.direct.submit")}
        </button>
      </Form>
    </div>
  );
}
