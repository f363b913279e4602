import { getFormProps } from "@conform-to/react";
import { useSchemaForm } from "~/components/ui/use-schema-form";
import { useReplyWhileIdle } from "~/components/ui/use-reply-while-idle";
import { data, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { PendingInvitations, UsersTable } from "~/components/accounts/users-table";
import { ErrorList } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { ColleagueInvitationSchema } from "~/domain/accounts/invitations.schema";
import { createInvitation } from "~/domain/accounts/invitations.server";
import { colleaguesPage } from "~/domain/accounts/users.server";
import { accountsPageLoader } from "~/utils/accounts-page-loader.server";
import { orNotFound } from "~/utils/scope.server";
import { redirectWithToast, toastOf } from "~/utils/toast.server";
import { formAction } from "~/utils/forms/form-action.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";
import { InviteeFields } from "~/components/accounts/invitee-fields";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("accounts");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.colleagues")];

export const loader = accountsPageLoader("member-colleagues:invite", colleaguesPage);

export const action = withSubmissionKey(
  "colleague-invitation",
  formAction("member-colleagues:invite", ColleagueInvitationSchema, async ({ user, submission }) => {
    // Role and organisation are never taken from the form: a member admin invites into their own.
    const result = await createInvitation(user, {
      ...submission.value,
      role: "member",
      memberId: orNotFound(user.memberId),
      isMemberAdmin: false,
    });
    if (!result.ok) return data(submission.reply({ fieldErrors: result.fieldErrors }), { status: 400 });
    return redirectWithToast(
      "/espace-membre/collegues",
      toastOf(user.locale, "success", "invite.sent", { email: result.email }),
    );
  }),
);

export default function ColleaguesPage() {
  const { users, invitations, currentUserId, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const lastResult = useReplyWhileIdle<typeof action>();
  const [form, fields] = useSchemaForm(ColleagueInvitationSchema, { lastResult });
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
