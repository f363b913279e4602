import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { formatDay } from "~/components/scheduling/scheduling-ui";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { IntentButtonForm } from "~/components/ui/intent-button-form";
import { feedPath, feedTokenStatus, regenerateFeedToken, revokeFeedToken } from "~/domain/scheduling/feeds.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { config } from "~/utils/config.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("accounts", "scheduling");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.calendar")];

export const loader = loaderWithPermission("profile:edit", (user) => feedTokenStatus(user));

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "profile:edit");
  const formData = await readForm(request);
  if (formData.get("intent") === "revoke") {
    await revokeFeedToken(user);
    return redirectWithToast("/profil/calendrier", {
      type: "info",
      message: translate(user.locale, "scheduling.feed.revoked"),
    });
  }
  // Only the page's own button creates a secret: any other post (a stray or hostile one) writes nothing.
  if (formData.get("intent") !== "generate")
    throw new Response(translate(user.locale, "errors.formMalformed"), { status: 400 });
  // The secret is shown in this response only: it is stored hashed and cannot be shown again.
  const token = await regenerateFeedToken(user);
  const origin = config().APP_URL ?? new URL(request.url).origin;
  return data({ url: `${origin}${feedPath(token)}` });
}

export default function CalendarFeedPage() {
  const { active } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  return (
    <div className="narrow">
      <BackLink to="/profil">{t("profile.title")}</BackLink>
      <div className="card stack">
        <h1>{t("scheduling.feed.title")}</h1>
        <p>{t("scheduling.feed.intro")}</p>
        {actionData?.url ? (
          <div className="field">
            <label htmlFor="feed-url">{t("scheduling.feed.newUrl")}</label>
            <input
              id="feed-url"
              type="text"
              readOnly
              value={actionData.url}
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
        ) : active ? (
          <p>{t("scheduling.feed.active", { date: formatDay(active.createdAt, locale) })}</p>
        ) : (
          <p>{t("scheduling.feed.none")}</p>
        )}
        <IntentButtonForm intent="generate" className="button">
          {active || actionData?.url ? t("scheduling.feed.regenerate") : t("scheduling.feed.generate")}
        </IntentButtonForm>
        {active || actionData?.url ? (
          <IntentButtonForm intent="revoke" className="button button-danger">
            {t("scheduling.feed.revoke")}
          </IntentButtonForm>
        ) : null}
      </div>
    </div>
  );
}
