import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { PeriodBalance } from "~/components/ledger/period-balance";
import { ErrorList } from "~/components/ui/field";
import { AdjustmentFields } from "~/components/ledger/adjustment-fields";
import { useTranslation } from "~/components/use-translation";
import { AdjustmentSchema } from "~/domain/ledger/adjustment.schema";
import { memberBalance } from "~/domain/ledger/balances.server";
import { addAdjustment, requireMember } from "~/domain/ledger/ledger.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatDuration } from "~/utils/format-workdays";
import { translate } from "~/utils/i18n";
import { can } from "~/utils/permissions";
import { scopeOf } from "~/utils/scope.server";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("ledger", "lifecycle");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.memberBalance")];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "balances:read-all");
  const url = new URL(request.url);
  const view = await memberBalance(
    scopeOf(user),
    params.memberId!,
    url.searchParams.get("periode"),
    Number(url.searchParams.get("page") ?? 1),
    new Date(),
    user.locale,
  );
  return { ...view, canAdjust: can(user.role, "subscriptions:manage") };
}

export const action = withSubmissionKey("ledger-adjustment", async ({ request, params }: ActionFunctionArgs) => {
  const user = await requireUserWithPermission(request, "subscriptions:manage");
  // Another tenant's member is a 404 before the form is even read.
  const member = await requireMember(user.associationId, params.memberId!);
  const submission = parseForm(await readForm(request), { schema: AdjustmentSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const { minutes, minutesPerDay } = await addAdjustment(user, member.id, submission.value.periodId, submission.value);
  const duration = formatDuration(minutes, minutesPerDay, user.locale);
  return redirectWithToast(`/soldes/${member.id}?periode=${encodeURIComponent(submission.value.periodId)}`, {
    type: "success",
    message: translate(user.locale, "ledger.adjust.done", { duration: `${minutes > 0 ? "+" : ""}${duration}` }),
  });
});

export default function MemberBalanceDetailPage() {
  const view = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const { period } = view;
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { periodId: period?.id, direction: "add", hours: "0", minutes: "0" },
    onValidate: ({ formData }) => parseForm(formData, { schema: AdjustmentSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <>
      <p>
        <Link to={`/soldes?${new URLSearchParams(period ? { periode: period.id } : {})}`}>
          ← {t("ledger.staff.back")}
        </Link>
      </p>
      <h1>{t("ledger.detail.title", { member: view.member.name })}</h1>
      <PeriodBalance
        view={view}
        audience="staff"
        afterCard={
          view.canAdjust ? (
            <section className="card" aria-labelledby="adjust-title">
              <h2 id="adjust-title" style={{ marginTop: 0 }}>
                {t("ledger.adjust.title")}
              </h2>
              <p className="muted">{t("ledger.adjust.intro")}</p>
              <Form method="post" className="stack" {...getFormProps(form)}>
                <SubmissionKeyField />
                <ErrorList id={form.errorId} errors={form.errors} />
                <input {...getInputProps(fields.periodId, { type: "hidden" })} />
                <AdjustmentFields fields={fields} />
                <SubmitButton className="button">{t("ledger.adjust.submit")}</SubmitButton>
              </Form>
            </section>
          ) : null
        }
      />
    </>
  );
}
