import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { SubscriptionForm } from "~/components/subscriptions/subscription-form";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { NewSubscriptionSchema } from "~/domain/subscriptions/subscription.schema";
import { createSubscription, newSubscriptionOptions } from "~/domain/subscriptions/subscriptions.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { redirectWithToast, toastOf } from "~/utils/toast.server";
import { formAction } from "~/utils/forms/form-action.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("members");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.newSubscription")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "subscriptions:manage");
  const options = await newSubscriptionOptions(user);
  const url = new URL(request.url);
  const requestedPeriod = url.searchParams.get("periode");
  const requestedMember = url.searchParams.get("structure");
  return {
    ...options,
    defaultPeriodId: options.periods.some((period) => period.id === requestedPeriod)
      ? requestedPeriod
      : options.defaultPeriodId,
    defaultMemberId: options.members.some((member) => member.id === requestedMember) ? requestedMember : null,
  };
}

export const action = withSubmissionKey(
  "subscription-create",
  formAction("subscriptions:manage", NewSubscriptionSchema, async ({ user, submission }) => {
    const result = await createSubscription(user, submission.value);
    if (!result.ok)
      return data(submission.reply({ formErrors: result.formErrors, fieldErrors: result.fieldErrors }), {
        status: 400,
      });
    return redirectWithToast(`/souscriptions/${result.id}`, toastOf(user.locale, "success", "subscriptions.created"));
  }),
);

export default function NewSubscriptionPage() {
  const { members, periods, pricing, defaultPeriodId, defaultMemberId } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <BackLink to="/souscriptions">{t("subscriptions.title")}</BackLink>
      <h1>{t("subscriptions.new")}</h1>
      {periods.length === 0 ? (
        <p className="muted">{t("subscriptions.noOpenPeriod")}</p>
      ) : (
        <div className="card">
          <SubscriptionForm
            lastResult={lastResult}
            pricing={pricing}
            choices={{
              members,
              periods: periods.map(({ id, label }) => ({ id, label })),
              defaultPeriodId,
              defaultMemberId,
            }}
            submitLabel={t("subscriptions.create")}
          />
        </div>
      )}
    </>
  );
}
