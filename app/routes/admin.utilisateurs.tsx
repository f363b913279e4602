import { getFormProps, getInputProps } from "@conform-to/react";
import { useSchemaForm } from "~/components/ui/use-schema-form";
import { useReplyWhileIdle } from "~/components/ui/use-reply-while-idle";
import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { ErrorList, SelectField } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { InvitationSchema, UserStatusSchema } from "~/domain/accounts/invitations.schema";
import { createInvitation } from "~/domain/accounts/invitations.server";
import { setUserDisabled, usersPage } from "~/domain/accounts/users.server";
import { PendingInvitations, UsersTable } from "~/components/accounts/users-table";
import { requireUserWithPermission } from "~/utils/auth.server";
import { accountsPageLoader } from "~/utils/accounts-page-loader.server";
import { refusalOf } from "~/utils/domain-error.server";
import { translate } from "~/utils/i18n";
import { roles } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";
import { InviteeFields } from "~/components/accounts/invitee-fields";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("accounts");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.users")];

export const loader = accountsPageLoader("users:invite", usersPage);

export const action = withSubmissionKey("invitation", async ({ request }: ActionFunctionArgs) => {
  const user = await requireUserWithPermission(request, "users:invite");
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === "disable" || intent === "enable") {
    const submission = parseForm(formData, { schema: UserStatusSchema });
    if (submission.status !== "success") return data(submission.reply(), { status: 400 });
    const disabled = submission.value.intent === "disable";
    const result = await refusalOf(user, () => setUserDisabled(user, submission.value.userId, disabled));
    if (!result.ok) return redirectWithToast("/admin/utilisateurs", { type: "error", message: result.error });
    const key = disabled ? "users.disabledDone" : "users.enabledDone";
    return redirectWithToast("/admin/utilisateurs", {
      type: "success",
      message: translate(user.locale, key, { email: result.value.email }),
    });
  }
  const submission = parseForm(formData, { schema: InvitationSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await createInvitation(user, submission.value);
  if (!result.ok) return data(submission.reply({ fieldErrors: result.fieldErrors }), { status: 400 });
  return redirectWithToast("/admin/utilisateurs", {
    type: "success",
    message: translate(user.locale, "invite.sent", { email: result.email }),
  });
});

export default function UsersPage() {
  const { users, invitations, members, currentUserId, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("users.title")}</h1>
      <UsersTable users={users} currentUserId={currentUserId} canChangeStatus />
      <h2>{t("users.pending")}</h2>
      <PendingInvitations invitations={invitations} timeZone={timeZone} />
      <InviteForm members={members} />
    </>
  );
}

function InviteForm({ members }: { members: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const lastResult = useReplyWhileIdle<typeof action>();
  const [form, fields] = useSchemaForm(InvitationSchema, { lastResult, defaultValue: { role: "member" } });
  return (
    <section className="card">
      <h2 style={{ marginTop: 0 }}>{t("invite.title")}</h2>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <SubmissionKeyField />
        <input type="hidden" name="intent" value="invite" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <div className="grid grid-2">
          <InviteeFields email={fields.email} name={fields.name} />
          <SelectField
            field={fields.role}
            label={t("invite.role")}
            options={roles.map((role) => ({ value: role, label: t(`roleName.${role}`) }))}
          />
          <SelectField
            field={fields.memberId}
            label={t("invite.member")}
            placeholder={t("invite.memberNone")}
            options={members.map((member) => ({ value: member.id, label: member.name }))}
          />
        </div>
        <p className="muted" style={{ margin: 0 }}>
          {t("invite.memberHint")}
        </p>
        <label className="checkbox">
          <input {...getInputProps(fields.isMemberAdmin, { type: "checkbox" })} />
          {t("invite.isMemberAdmin")}
        </label>
        <div>
          <SubmitButton className="button">{t("invite.submit")}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}
