import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { shortDate } from "~/components/subscriptions/short-date";
import { SubscriptionForm } from "~/components/subscriptions/subscription-form";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { isoOf } from "~/domain/calendar/date-columns";
import { centsToEuroInput } from "~/domain/settings/euro-amount";
import { shareHalvesToInput } from "~/domain/subscriptions/form-numbers";
import { EditSubscriptionSchema } from "~/domain/subscriptions/subscription.schema";
import {
  assertSubscriptionInScope,
  getSubscription,
  updateSubscription,
} from "~/domain/subscriptions/subscriptions.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { formatDuration } from "~/utils/format-workdays";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readFormInScope } from "~/utils/forms/read-form-in-scope.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("members");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.subscription")];

export const loader = loaderWithPermission("subscriptions:manage", (user, { params }) =>
  getSubscription(user, params.subscriptionId!),
);

export async function action({ request, params }: ActionFunctionArgs) {
  // Out-of-scope ids answer 404 before anything about the form is said.
  const { user, formData } = await readFormInScope(request, "subscriptions:manage", (user) =>
    assertSubscriptionInScope(user, params.subscriptionId!),
  );
  const submission = parseForm(formData, { schema: EditSubscriptionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await updateSubscription(user, params.subscriptionId!, submission.value);
  if (!result.ok)
    return data(submission.reply({ formErrors: result.formErrors, fieldErrors: result.fieldErrors }), { status: 400 });
  return redirectWithToast(`/souscriptions/${result.id}`, {
    type: "success",
    message: translate(user.locale, "subscriptions.saved"),
  });
}

export default function SubscriptionPage() {
  const { subscription, pricing } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  return (
    <>
      <BackLink to={`/souscriptions?periode=${subscription.periodId}`}>{t("subscriptions.title")}</BackLink>
      <h1>
        {subscription.member.name} · {subscription.period.label}
      </h1>
      {subscription.capacityOverride ? (
        <p className="capacity-warning" role="note">
          <span className="badge badge-warn">{t("subscriptions.overCapacity")}</span>{" "}
          {t("subscriptions.overCapacityExplained")}
          {subscription.overrideNote ? t("subscriptions.overrideNote", { note: subscription.overrideNote }) : ""}
        </p>
      ) : null}
      <div className="card">
        <SubscriptionForm
          lastResult={lastResult}
          pricing={pricing}
          defaultValue={{
            shares: shareHalvesToInput(subscription.shareHalves),
            price: centsToEuroInput(subscription.priceCents),
            billingSchedule: subscription.billingSchedule,
            startDate: isoOf(new Date(subscription.startDate)),
            endDate: isoOf(new Date(subscription.endDate)),
            overrideNote: subscription.overrideNote,
          }}
          submitLabel={t("subscriptions.save")}
        />
      </div>
      <section className="card">
        <h2>{t("subscriptions.grants")}</h2>
        <p className="muted">{t("subscriptions.grantsExplained")}</p>
        <ul className="list">
          {subscription.movements.map((movement) => (
            <li key={movement.id}>
              {shortDate(movement.occurredOn, locale)} —{" "}
              <strong>{formatDuration(movement.minutes, pricing.minutesPerDay, locale)}</strong> · {movement.reason}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
