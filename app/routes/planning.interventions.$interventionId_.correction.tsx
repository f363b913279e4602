// Correcting a finished intervention's charge (issue 11): the treasurer or an admin appends an
// adjustment with its reason, linked to the intervention; nothing of the visit itself changes.
import { getFormProps, useForm } from "@conform-to/react";
import { ItemList } from "~/components/ui/item-list";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList } from "~/components/ui/field";
import { AdjustmentFields } from "~/components/ledger/adjustment-fields";
import { StateBadge } from "~/components/lifecycle-state";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { correctIntervention, interventionForCorrection } from "~/domain/scheduling/intervention-correction.server";
import { InterventionCorrectionSchema } from "~/domain/scheduling/intervention-correction.schema";
import { requireUserWithPermission } from "~/utils/auth.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { refusalOf } from "~/utils/domain-error.server";
import { formatDuration } from "~/utils/format-workdays";
import { formatLocalDate } from "~/utils/format-instants";
import { parseForm } from "~/utils/forms/parse-form";
import { readForm } from "~/utils/forms/read-form.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { SubmitButton } from "~/components/ui/submit-button";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("ledger", "lifecycle");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.correctIntervention")];

export const loader = loaderWithPermission("subscriptions:manage", async (user, { params }) => ({
  intervention: await interventionForCorrection(user, params.interventionId!),
  timeZone: user.timeZone,
}));

export const action = withSubmissionKey("intervention-correction", async ({ request, params }: ActionFunctionArgs) => {
  const user = await requireUserWithPermission(request, "subscriptions:manage");
  // Another association's intervention is a 404 before the form is read.
  const intervention = await interventionForCorrection(user, params.interventionId!);
  const submission = parseForm(await readForm(request), { schema: InterventionCorrectionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const outcome = await refusalOf(user, () => correctIntervention(user, intervention.id, submission.value));
  if (!outcome.ok) return data(submission.reply({ formErrors: [outcome.error] }), { status: outcome.status });
  const { minutes } = outcome.value;
  const duration = `${minutes > 0 ? "+" : ""}${formatDuration(minutes, 420, user.locale)}`;
  return redirectWithToast(`/planning/interventions/${intervention.id}`, {
    type: "success",
    message: translate(user.locale, "lifecycle.correction.done", { duration }),
  });
});

export default function InterventionCorrectionPage() {
  const { intervention, timeZone } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { direction: "add", hours: "0", minutes: "0" },
    onValidate: ({ formData }) => parseForm(formData, { schema: InterventionCorrectionSchema }),
    shouldValidate: "onBlur",
    // The reason's error clears while typing: cleared on blur instead, it moved the button away
    // under the pointer as the person clicked it, and the click was lost.
    shouldRevalidate: "onInput",
  });
  return (
    <>
      <BackLink to={`/planning/interventions/${intervention.id}`}>{t("lifecycle.correction.back")}</BackLink>
      <h1>{t("lifecycle.correction.title", { title: intervention.title })}</h1>
      <p>
        <StateBadge state={intervention.state} /> · {intervention.member?.name ?? "—"}
      </p>
      <section className="card stack" aria-labelledby="correction-form-title">
        <h2 id="correction-form-title" style={{ marginTop: 0 }}>
          {t("lifecycle.correction.link")}
        </h2>
        <p className="muted">{t("lifecycle.correction.intro", { member: intervention.member?.name ?? "—" })}</p>
        {intervention.correctable ? (
          <Form method="post" className="stack" {...getFormProps(form)}>
            <SubmissionKeyField />
            <ErrorList id={form.errorId} errors={form.errors} />
            <AdjustmentFields fields={fields} />
            <SubmitButton className="button">{t("ledger.adjust.submit")}</SubmitButton>
          </Form>
        ) : (
          <p role="alert">
            {t("lifecycle.correction.notFinished", { state: t(`lifecycle.state.${intervention.state}`) })}
          </p>
        )}
      </section>
      <h2>{t("lifecycle.correction.previous")}</h2>
      <ItemList items={intervention.corrections} empty={t("lifecycle.correction.none")} className="list card">
        {(correction) => (
          <li key={correction.id}>
            {formatLocalDate(new Date(correction.createdAt), locale, timeZone)} · {correction.minutes > 0 ? "+" : ""}
            {formatDuration(correction.minutes, 420, locale)} — {correction.reason}
          </li>
        )}
      </ItemList>
    </>
  );
}
