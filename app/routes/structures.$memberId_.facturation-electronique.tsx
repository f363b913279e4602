import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { EInvoicingProfileCard } from "~/components/members/einvoicing-profile-card";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { EInvoicingProfileSchema, PublicReferenceSchema } from "~/domain/members/einvoicing-profile.schema";
import { hasDirectory, lookupRoutingAddress } from "~/domain/einvoicing/member-directory.server";
import { refusalOf } from "~/utils/domain-error.server";
import {
  getEInvoicingProfile,
  savePublicReference,
  updateEInvoicingProfile,
} from "~/domain/members/einvoicing-profile.server";
import { readFormInScope } from "~/utils/forms/read-form-in-scope.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { parseForm } from "~/utils/forms/parse-form";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { todayIn } from "~/domain/calendar/today";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("accounts", "einvoicing", "einvoicing-lifecycle", "members");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(matches, "title.einvoicing", { name: data?.profile.name, otherwise: "title.member" }),
];

export const loader = loaderWithPermission("invoices:manage", async (user, { params }) => ({
  profile: await getEInvoicingProfile(user, params.memberId!),
  currentYear: Number(todayIn(user).slice(0, 4)),
  directory: await hasDirectory(user.associationId),
}));

export async function action({ request, params }: ActionFunctionArgs) {
  const memberId = params.memberId!;
  // Out-of-scope ids answer 404 before anything about the form is said.
  const { user, formData } = await readFormInScope(request, "invoices:manage", (user) =>
    getEInvoicingProfile(user, memberId),
  );
  const back = `/structures/${memberId}/facturation-electronique`;
  if (formData.get("intent") === "directory-lookup") {
    const found = await refusalOf(user, () => lookupRoutingAddress(user, memberId));
    if (!found.ok)
      return data({ intent: "directory-lookup", result: null, error: found.error }, { status: found.status });
    return redirectWithToast(back, {
      type: "success",
      message: translate(user.locale, "members.einvoicing.directory.found", { address: found.value }),
    });
  }
  if (formData.get("intent") === "save-public-reference") {
    const submission = parseForm(formData, { schema: PublicReferenceSchema });
    if (submission.status !== "success")
      return data({ intent: "save-public-reference", result: submission.reply() }, { status: 400 });
    const saved = await savePublicReference(user, memberId, submission.value);
    return redirectWithToast(back, {
      type: "success",
      message: translate(user.locale, "members.einvoicing.public.saved", { year: saved.year }),
    });
  }
  const submission = parseForm(formData, { schema: EInvoicingProfileSchema });
  if (submission.status !== "success")
    return data({ intent: "save-einvoicing", result: submission.reply() }, { status: 400 });
  await updateEInvoicingProfile(user, memberId, submission.value);
  return redirectWithToast(back, { type: "success", message: translate(user.locale, "members.einvoicing.saved") });
}

export default function MemberEInvoicingPage() {
  const { profile, currentYear, directory } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <BackLink to={`/structures/${profile.id}`}>{profile.name}</BackLink>
      <h1>
        {t("members.einvoicing.title")} · {profile.name}
      </h1>
      {/* Keyed by the stored address: after a Directory lookup the form shows what was found, not the old value. */}
      <EInvoicingProfileCard
        key={profile.routingAddress}
        profile={profile}
        profileResult={actionData?.intent === "save-einvoicing" ? actionData.result : null}
        referenceResult={actionData?.intent === "save-public-reference" ? actionData.result : null}
        currentYear={currentYear}
      />
      <section className="card" aria-labelledby="directory-heading">
        <h2 id="directory-heading">{t("members.einvoicing.directory.title")}</h2>
        {actionData && "error" in actionData ? (
          <p className="form-error" role="alert">
            {actionData.error}
          </p>
        ) : null}
        {directory ? (
          <Form method="post">
            <p className="muted">{t("members.einvoicing.directory.hint")}</p>
            <button type="submit" name="intent" value="directory-lookup" className="button button-secondary">
              {t("members.einvoicing.directory.lookup")}
            </button>
          </Form>
        ) : (
          <p className="muted">{t("members.einvoicing.directory.none")}</p>
        )}
      </section>
    </>
  );
}
