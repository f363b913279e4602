import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { MemberForm } from "~/components/members/member-form";
import { useTranslation } from "~/components/use-translation";
import { MemberSchema } from "~/domain/members/member.schema";
import { createMember } from "~/domain/members/members.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("members");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.newMember")];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, "members:manage");
  return null;
}

export const action = withSubmissionKey("member-create", async ({ request }: ActionFunctionArgs) => {
  const user = await requireUserWithPermission(request, "members:manage");
  const formData = await readForm(request);
  const submission = parseForm(formData, { schema: MemberSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const member = await createMember(user, submission.value);
  return redirectWithToast(`/structures/${member.id}`, {
    type: "success",
    message: translate(user.locale, "members.created", { name: member.name }),
  });
});

export default function NewMemberPage() {
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to="/structures">← {t("members.title")}</Link>
      </p>
      <h1>{t("members.new")}</h1>
      <div className="card">
        <MemberForm lastResult={lastResult} submitLabel={t("members.create")} />
      </div>
    </>
  );
}
