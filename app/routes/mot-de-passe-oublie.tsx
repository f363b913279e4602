import { getFormProps } from "@conform-to/react";
import { useSchemaForm } from "~/components/ui/use-schema-form";
import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { ErrorList, Field } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { ForgotPasswordSchema } from "~/domain/accounts/password-reset.schema";
import { requestPasswordReset } from "~/domain/accounts/password-reset.server";
import { translate } from "~/utils/i18n";
import { visitorLocale } from "~/utils/locale.server";
import { clientAddress } from "~/utils/rate-limit.server";
import { readForm } from "~/utils/forms/read-form.server";
import { SubmitButton } from "~/components/ui/submit-button";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("accounts");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.forgottenPassword")];

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const submission = parseForm(formData, { schema: ForgotPasswordSchema });
  if (submission.status !== "success") return data({ sent: false, result: submission.reply() }, { status: 400 });
  const throttle = await requestPasswordReset(submission.value.email, { ip: clientAddress(request) });
  if (!throttle.allowed) {
    const message = translate(await visitorLocale(request), "login.tooMany", {
      minutes: Math.ceil(throttle.retryAfterSeconds / 60),
    });
    return data(
      { sent: false, result: submission.reply({ formErrors: [message] }) },
      { status: 429, headers: { "Retry-After": String(throttle.retryAfterSeconds) } },
    );
  }
  // The same answer whether or not the account exists.
  return data({ sent: true, result: submission.reply({ resetForm: true }) });
}

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useSchemaForm(ForgotPasswordSchema, { lastResult: actionData?.result });
  return (
    <div className="narrow">
      <div className="card">
        <h1>{t("forgot.title")}</h1>
        {actionData?.sent ? (
          <p role="status" className="toast toast-success">
            {t("forgot.sent")}
          </p>
        ) : (
          <p>{t("forgot.intro")}</p>
        )}
        <Form method="post" className="stack" {...getFormProps(form)}>
          <ErrorList id={form.errorId} errors={form.errors} />
          <Field field={fields.email} type="email" label={t("login.email")} inputProps={{ autoComplete: "username" }} />
          <SubmitButton className="button">{t("forgot.submit")}</SubmitButton>
          <Link to="/connexion">{t("forgot.backToLogin")}</Link>
        </Form>
      </div>
    </div>
  );
}
