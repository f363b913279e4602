import { getFormProps, useForm } from "@conform-to/react";
import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { NewPasswordSchema } from "~/domain/accounts/password-reset.schema";
import { findUsableResetToken, resetPassword } from "~/domain/accounts/password-reset.server";
import { translate } from "~/utils/i18n";
import { visitorLocale } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { SubmitButton } from "~/components/ui/submit-button";
import { NewPasswordFields } from "~/components/accounts/new-password-fields";
import { loadMessages } from "~/utils/messages/load-messages";
import { tokenPageMeta } from "~/utils/token-page-meta";
import { UnusableLinkCard } from "~/components/accounts/unusable-link-card";

await loadMessages("accounts");

export const meta = tokenPageMeta("title.newPassword");

// The token is the credential here: an unknown, used or expired one answers 404.
export async function loader({ params }: LoaderFunctionArgs) {
  const usable = await findUsableResetToken(params.token ?? "");
  if (!usable) return data({ valid: false as const, email: null }, { status: 404 });
  return { valid: true as const, email: usable.email };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  if (!(await findUsableResetToken(token))) return data({ invalid: true, result: null }, { status: 404 });
  const formData = await readForm(request);
  const submission = parseForm(formData, { schema: NewPasswordSchema });
  if (submission.status !== "success") {
    return data({ invalid: false, result: submission.reply({ hideFields: ["password", "confirm"] }) }, { status: 400 });
  }
  const { ok } = await resetPassword(token, submission.value.password);
  if (!ok) return data({ invalid: true, result: null }, { status: 404 });
  const locale = await visitorLocale(request);
  return redirectWithToast("/connexion", { type: "success", message: translate(locale, "reset.done") });
}

export default function ResetPasswordPage() {
  const { valid, email } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseForm(formData, { schema: NewPasswordSchema }),
    shouldValidate: "onBlur",
  });
  if (!valid || actionData?.invalid) {
    return (
      <UnusableLinkCard title={t("reset.title")} text={t("reset.invalid")}>
        <Link to="/mot-de-passe-oublie">{t("reset.askAgain")}</Link>
      </UnusableLinkCard>
    );
  }
  return (
    <div className="narrow">
      <div className="card">
        <h1>{t("reset.title")}</h1>
        <Form method="post" className="stack" {...getFormProps(form)}>
          {/* Lets password managers file the new password under the right account. */}
          <input type="email" name="username" value={email ?? ""} autoComplete="username" readOnly hidden />
          <ErrorList id={form.errorId} errors={form.errors} />
          <NewPasswordFields password={fields.password} confirm={fields.confirm} passwordLabel={t("reset.password")} />
          <SubmitButton className="button">{t("reset.submit")}</SubmitButton>
        </Form>
      </div>
    </div>
  );
}
