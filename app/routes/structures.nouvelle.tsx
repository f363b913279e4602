import type { MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { MemberForm } from "~/components/members/member-form";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { MemberSchema } from "~/domain/members/member.schema";
import { createMember } from "~/domain/members/members.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { redirectWithToast, toastOf } from "~/utils/toast.server";
import { formAction } from "~/utils/forms/form-action.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("members");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.newMember")];

export const loader = loaderWithPermission("members:manage", () => null);

export const action = withSubmissionKey(
  "member-create",
  formAction("members:manage", MemberSchema, async ({ user, submission }) => {
    const member = await createMember(user, submission.value);
    return redirectWithToast(
      `/structures/${member.id}`,
      toastOf(user.locale, "success", "members.created", { name: member.name }),
    );
  }),
);

export default function NewMemberPage() {
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <BackLink to="/structures">{t("members.title")}</BackLink>
      <h1>{t("members.new")}</h1>
      <div className="card">
        <MemberForm lastResult={lastResult} submitLabel={t("members.create")} />
      </div>
    </>
  );
}
