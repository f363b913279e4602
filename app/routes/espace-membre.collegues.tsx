import { getFormProps, useForm } from "@conform-to/react";
import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { PendingInvitations, UsersTable } from "~/components/accounts/users-table";
import { ErrorList } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { ColleagueInvitationSchema } from "~/domain/accounts/invitations.schema";
import { createInvitation } from "~/domain/accounts/invitations.server";
import { colleaguesPage } from "~/domain/accounts/users.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { translate } from "~/utils/i18n";
import { orNotFound } from "~/utils/scope.server";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";
import { InviteeFields } from "~/components/accounts/invitee-fields";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("accounts");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.colleagues")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "member-colleagues:invite");
  return { currentUserId: user.id, timeZone: user.timeZone, ...(await colleaguesPage(user)) };
}

export const action = withSubmissionKey("colleague-invitation", async ({ request }: ActionFunctionArgs) => {
  const user = await requireUserWithPermission(request, "member-colleagues:invite");
  const formData = await readForm(request);
  const submission = parseForm(formData, { schema: ColleagueInvitationSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  // Role and organisation are never taken from the form: a member admin invites into their own.
  const result = await createInvitation(user, {
    ...submission.value,
    role: "member",
    memberId: orNotFound(user.memberId),
    isMemberAdmin: false,
  });
  if (!result.ok) return data(submission.reply({ fieldErrors: result.fieldErrors }), { status: 400 });
  return redirectWithToast("/espace-membre/collegues", {
    type: "success",
    message: translate(user.locale, "invite.sent", { email: result.email }),
  });
});

export default function ColleaguesPage() {
  const { users, invitations, currentUserId, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    lastResult: navigation.state === "idle" ? actionData : null,
    onValidate: ({ formData }) => parseForm(formData, { schema: ColleagueInvitationSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <>
      <h1>{t("colleagues.title")}</h1>
      <p className="muted">{t("colleagues.intro")}</p>
      <UsersTable users={users} currentUserId={currentUserId} />
      <h2>{t("users.pending")}</h2>
      <PendingInvitations invitations={invitations} timeZone={timeZone} />
      <section className="card">
        <h2 style={{ marginTop: 0 }}>{t("colleagues.invite")}</h2>
        <Form method="post" className="stack" {...getFormProps(form)}>
          <SubmissionKeyField />
          <ErrorList id={form.errorId} errors={form.errors} />
          <div className="grid grid-2">
            <InviteeFields email={fields.email} name={fields.name} />
          </div>
          <div>
            <SubmitButton className="button">{t("invite.submit")}</SubmitButton>
          </div>
        </Form>
      </section>
    </>
  );
}
