import { getFormProps, useForm } from "@conform-to/react";
import { parseForm } from "~/utils/forms/parse-form";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigate } from "@remix-run/react";
import { BackLink } from "~/components/ui/back-link";
import { formatDay, formatIsoDay, formatTime } from "~/components/scheduling/scheduling-ui";
import { useState } from "react";
import { ErrorList, Field, SelectField, TextareaField } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { bookingImpact } from "~/domain/scheduling/requests-rules";
import { createRequest, requestFormContext } from "~/domain/scheduling/member-requests.server";
import { memberSlotOffers } from "~/domain/scheduling/member-slots.server";
import { expectedDurations, RequestSchema, urgencies, workModes } from "~/domain/scheduling/scheduling.schema";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatDuration } from "~/utils/format-workdays";
import { translate, type Locale } from "~/utils/i18n";
import type { PreferredDateRefusal } from "~/domain/scheduling/preferred-dates";
import { redirectWithToast, toastOf } from "~/utils/toast.server";
import { formAction } from "~/utils/forms/form-action.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("lifecycle", "scheduling");

/** "Le 23 novembre est passé. Prochains jours d'intervention : mardi 24 novembre, …" */
function preferredDateMessage(refusal: PreferredDateRefusal, locale: Locale) {
  const days = refusal.nextWorkingDays.map((date) => formatIsoDay(date, locale)).join(", ");
  return translate(
    locale,
    refusal.reason === "past" ? "lifecycle.preferredDate.past" : "lifecycle.preferredDate.notWorking",
    { date: formatIsoDay(refusal.date, locale), days: days || "—" },
  );
}

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.newRequest")];

/** The duration the free slots are looked for: the one chosen in the form (?duree=), 2 h at first. */
function durationOf(request: Request) {
  const params = new URL(request.url).searchParams;
  // ?duree= from the script; ?expectedMinutes= from the form sent as a GET without JavaScript.
  const asked = Number(params.get("duree") ?? params.get("expectedMinutes"));
  return (expectedDurations as readonly number[]).includes(asked) ? asked : 120;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "requests:create");
  const expectedMinutes = durationOf(request);
  const [context, slots] = await Promise.all([
    requestFormContext(user),
    memberSlotOffers(user.associationId, expectedMinutes),
  ]);
  return { ...context, expectedMinutes, slots, timeZone: user.timeZone };
}

export const action = withSubmissionKey(
  "member-request",
  formAction("requests:create", RequestSchema, async ({ user, submission }) => {
    const outcome = await createRequest(user, submission.value);
    if (!outcome.ok && "dateRefused" in outcome)
      return data(submission.reply({ formErrors: [preferredDateMessage(outcome.dateRefused, user.locale)] }), {
        status: 400,
      });
    if (!outcome.ok && "slotTaken" in outcome)
      return data(
        submission.reply({ fieldErrors: { chosenSlot: [translate(user.locale, "scheduling.slots.taken")] } }),
        { status: 409 },
      );
    if (!outcome.ok) {
      const context = await requestFormContext(user);
      const message = translate(user.locale, "scheduling.errors.blocked", {
        available: formatDuration(Math.max(0, outcome.availableMinutes), context.minutesPerDay, user.locale),
        expected: formatDuration(submission.value.expectedMinutes, context.minutesPerDay, user.locale),
      });
      return data(submission.reply({ formErrors: [message] }), { status: 400 });
    }
    return redirectWithToast(
      `/espace-membre/demandes/${outcome.requestId}`,
      toastOf(user.locale, "success", "scheduling.member.sent"),
    );
  }),
);

export default function NewRequestPage() {
  const context = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const navigate = useNavigate();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseForm(formData, { schema: RequestSchema }),
    shouldValidate: "onBlur",
    defaultValue: {
      urgency: "NORMAL",
      mode: "ON_SITE",
      siteAddress: context.defaultAddress,
      expectedMinutes: String(context.expectedMinutes),
      chosenSlot: "",
    },
  });
  const [expected, setExpected] = useState(
    Number(fields.expectedMinutes.initialValue ?? context.expectedMinutes) || context.expectedMinutes,
  );
  const impact = bookingImpact({
    availableMinutes: context.availableMinutes,
    expectedMinutes: expected,
    overagePolicy: context.overagePolicy,
  });
  const duration = (minutes: number) => formatDuration(minutes, context.minutesPerDay, locale);
  return (
    <div className="narrow">
      <BackLink to="/espace-membre/demandes">{t("scheduling.member.title")}</BackLink>
      <h1>{t("scheduling.member.new")}</h1>
      <Form method="post" className="card stack" {...getFormProps(form)}>
        <SubmissionKeyField />
        <ErrorList id={form.errorId} errors={form.errors} />
        <Field field={fields.subject} label={t("scheduling.member.subject")} />
        <TextareaField
          field={fields.details}
          label={t("scheduling.member.details")}
          hint={t("scheduling.member.detailsHint")}
          textareaProps={{ rows: 5 }}
        />
        <div className="grid grid-2">
          <SelectField
            field={fields.urgency}
            label={t("scheduling.member.urgency")}
            options={urgencies.map((urgency) => ({ value: urgency, label: t(`scheduling.urgency.${urgency}`) }))}
          />
          <SelectField
            field={fields.mode}
            label={t("scheduling.member.mode")}
            options={workModes.map((mode) => ({ value: mode, label: t(`scheduling.mode.${mode}`) }))}
          />
        </div>
        <Field
          field={fields.siteAddress}
          label={t("scheduling.member.siteAddress")}
          hint={t("scheduling.member.siteAddressHint")}
        />
        <fieldset className="stack">
          <legend>{t("scheduling.member.preferred")}</legend>
          {([1, 2, 3] as const).map((index) => {
            const date = fields[`preferredDate${index}`];
            const portion = fields[`preferredPortion${index}`];
            return (
              <div className="grid grid-2" key={index}>
                <Field field={date} type="date" label={t("scheduling.member.preferredDate", { index })} />
                <SelectField field={portion} label={t("scheduling.member.preferredPortion", { index })}>
                  <option value="">{t("scheduling.portion.any")}</option>
                  <option value="MORNING">{t("scheduling.portion.MORNING")}</option>
                  <option value="AFTERNOON">{t("scheduling.portion.AFTERNOON")}</option>
                  <option value="FULL_DAY">{t("scheduling.portion.FULL_DAY")}</option>
                </SelectField>
              </div>
            );
          })}
        </fieldset>
        <SelectField
          field={fields.expectedMinutes}
          label={t("scheduling.member.expected")}
          selectProps={{
            onChange: (event) => {
              setExpected(Number(event.currentTarget.value));
              // The free slots depend on the duration: look them up again, keeping what is typed.
              navigate(`?duree=${event.currentTarget.value}`, { replace: true, preventScrollReset: true });
            },
          }}
        >
          {expectedDurations.map((minutes) => (
            <option key={minutes} value={minutes}>
              {duration(minutes)}
            </option>
          ))}
        </SelectField>
        <fieldset className="stack slot-choices" aria-describedby="slots-hint">
          <legend>{t("scheduling.slots.legend")}</legend>
          <p id="slots-hint" className="muted" style={{ margin: 0 }}>
            {context.slots.length ? t("scheduling.slots.hint") : t("scheduling.slots.empty")}
          </p>
          <ErrorList id={fields.chosenSlot.errorId} errors={fields.chosenSlot.errors} />
          <label className="choice">
            <input type="radio" name={fields.chosenSlot.name} value="" defaultChecked />
            {t("scheduling.slots.none")}
          </label>
          {context.slots.map((slot) => (
            <label className="choice" key={slot.value}>
              <input type="radio" name={fields.chosenSlot.name} value={slot.value} />
              {t("scheduling.slots.option", {
                date: formatDay(slot.startsAt, locale, context.timeZone),
                start: formatTime(slot.startsAt, locale, context.timeZone),
                end: formatTime(slot.endsAt, locale, context.timeZone),
                technician: slot.technicianName,
              })}
            </label>
          ))}
          <noscript>
            <p>
              <button type="submit" formMethod="get" formNoValidate className="button button-secondary">
                {t("scheduling.slots.refresh")}
              </button>
            </p>
          </noscript>
        </fieldset>
        <section className="card impact" aria-live="polite" aria-labelledby="impact-title">
          <h2 id="impact-title" style={{ marginTop: 0 }}>
            {t("scheduling.member.impactTitle")}
          </h2>
          {context.hasSubscription ? (
            <>
              <p>{t("scheduling.member.impactAvailable", { available: duration(context.availableMinutes) })}</p>
              <p>
                {t("scheduling.member.impactAfter", {
                  expected: duration(expected),
                  after: duration(impact.availableAfterMinutes),
                })}
              </p>
            </>
          ) : (
            <p>{t("scheduling.member.noSubscription")}</p>
          )}
          {impact.blocked ? (
            <p className="field-error">{t("scheduling.member.impactBlocked")}</p>
          ) : impact.availableAfterMinutes < 0 ? (
            <p>{t("scheduling.member.impactOver")}</p>
          ) : null}
        </section>
        <button type="submit" className="button">
          {t("scheduling.member.send")}
        </button>
      </Form>
    </div>
  );
}
