import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { useSchemaForm } from "~/components/ui/use-schema-form";
import { CurrentPasswordField } from "~/components/accounts/current-password-field";
import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { LanguageSwitch } from "~/components/accounts/language-switch";
import { ErrorList, Field } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { ExistingAccountSchema, NewAccountSchema } from "~/domain/accounts/invitations.schema";
import { acceptInvitation, findUsableInvitation, type AcceptInput } from "~/domain/accounts/invitations.server";
import { translate } from "~/utils/i18n";
import { visitorLocale } from "~/utils/locale.server";
import { homePathFor } from "~/utils/permissions";
import { startSession } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { SubmitButton } from "~/components/ui/submit-button";
import { NewPasswordFields } from "~/components/accounts/new-password-fields";
import { loadMessages } from "~/utils/messages/load-messages";
import { tokenPageMeta } from "~/utils/token-page-meta";
import { UnusableLinkCard } from "~/components/accounts/unusable-link-card";

await loadMessages("accounts");

export const meta = tokenPageMeta("title.invitation");

// The token is the credential: an unknown, used or expired invitation answers 404.
export async function loader({ params }: LoaderFunctionArgs) {
  const invitation = await findUsableInvitation(params.token ?? "");
  if (!invitation) return data({ invitation: null }, { status: 404 });
  return { invitation };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const invitation = await findUsableInvitation(token);
  if (!invitation) return data({ invalid: true, result: null }, { status: 404 });
  const formData = await readForm(request);
  const locale = await visitorLocale(request);
  const hide = { hideFields: ["password", "confirm"] };
  let submission;
  let input: AcceptInput;
  if (invitation.hasAccount) {
    submission = parseForm(formData, { schema: ExistingAccountSchema });
    if (submission.status !== "success")
      return data({ invalid: false, result: submission.reply(hide) }, { status: 400 });
    input = { kind: "existing", password: submission.value.password };
  } else {
    submission = parseForm(formData, { schema: NewAccountSchema });
    if (submission.status !== "success")
      return data({ invalid: false, result: submission.reply(hide) }, { status: 400 });
    input = { kind: "new", name: submission.value.name, password: submission.value.password, locale };
  }
  const result = await acceptInvitation(token, input);
  if (!result.ok && result.reason === "invalid") return data({ invalid: true, result: null }, { status: 404 });
  if (!result.ok)
    return data(
      { invalid: false, result: submission.reply({ ...hide, fieldErrors: result.fieldErrors }) },
      { status: 400 },
    );
  const cookie = await startSession(request, result.membership);
  return redirectWithToast(
    homePathFor(result.membership.role),
    { type: "success", message: translate(locale, "invite.accept.done") },
    { headers: { "Set-Cookie": cookie } },
    // The new account's language may not be the visitor's: a full page load (ADR 023).
    { reloadDocument: true },
  );
}

export default function InvitationPage() {
  const { invitation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  if (!invitation || actionData?.invalid) {
    return <UnusableLinkCard title={t("invite.accept.invalidTitle")} text={t("invite.accept.invalid")} />;
  }
  return (
    <div className="narrow">
      <div className="card">
        <h1>{t("invite.accept.title", { association: invitation.associationName })}</h1>
        <p>
          {t(`roleName.${invitation.role}`)}
          {invitation.memberName ? ` · ${invitation.memberName}` : ""}
        </p>
        <AcceptForm invitation={invitation} lastResult={actionData?.result ?? null} />
      </div>
      <LanguageSwitch />
    </div>
  );
}

type Invitation = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["invitation"]>;
type LastResult = SubmissionResult<string[]> | null;

function AcceptForm({ invitation, lastResult }: { invitation: Invitation; lastResult: LastResult }) {
  return invitation.hasAccount ? (
    <ExistingAccountForm invitation={invitation} lastResult={lastResult} />
  ) : (
    <NewAccountForm invitation={invitation} lastResult={lastResult} />
  );
}

/** The invited email, shown but not editable: the invitation is for that address. */
function InvitedEmail({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <Field
      label={t("invite.email")}
      inputProps={{ type: "email", name: "username", value: email, readOnly: true, autoComplete: "username" }}
    />
  );
}

function ExistingAccountForm({ invitation, lastResult }: { invitation: Invitation; lastResult: LastResult }) {
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(ExistingAccountSchema, { lastResult });
  return (
    <Form method="post" className="stack" {...getFormProps(form)}>
      <ErrorList id={form.errorId} errors={form.errors} />
      <InvitedEmail email={invitation.email} />
      <p className="muted">{t("invite.accept.hasAccount")}</p>
      <CurrentPasswordField field={fields.password} label={t("invite.accept.currentPassword")} />
      <SubmitButton className="button">{t("invite.accept.join")}</SubmitButton>
    </Form>
  );
}

function NewAccountForm({ invitation, lastResult }: { invitation: Invitation; lastResult: LastResult }) {
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(NewAccountSchema, { lastResult, defaultValue: { name: invitation.name } });
  return (
    <Form method="post" className="stack" {...getFormProps(form)}>
      <ErrorList id={form.errorId} errors={form.errors} />
      <InvitedEmail email={invitation.email} />
      <Field field={fields.name} label={t("invite.name")} inputProps={{ autoComplete: "name" }} />
      <NewPasswordFields password={fields.password} confirm={fields.confirm} passwordLabel={t("login.password")} />
      <SubmitButton className="button">{t("invite.accept.submit")}</SubmitButton>
    </Form>
  );
}
