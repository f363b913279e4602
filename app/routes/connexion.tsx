import { getFormProps } from "@conform-to/react";
import { useSchemaForm } from "~/components/ui/use-schema-form";
import { CurrentPasswordField } from "~/components/accounts/current-password-field";
import { parseForm } from "~/utils/forms/parse-form";
import {
  data,
  redirect,
  redirectDocument,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { LanguageSwitch } from "~/components/accounts/language-switch";
import { Field, ErrorList } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { authenticate } from "~/domain/accounts/login.server";
import { LoginSchema, safeRedirect } from "~/domain/accounts/login.schema";
import { demoAccounts, DEMO_PASSWORD, DEMO_SLUG } from "~/domain/accounts/demo-accounts";
import { getCurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { translate } from "~/utils/i18n";
import { visitorLocale } from "~/utils/locale.server";
import { homePathFor } from "~/utils/permissions";
import { clientAddress } from "~/utils/rate-limit.server";
import { startSession } from "~/utils/session.server";
import { readForm } from "~/utils/forms/read-form.server";
import { config } from "~/utils/config.server";
import { SubmitButton } from "~/components/ui/submit-button";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("accounts");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.login")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  if (user) throw redirect(homePathFor(user.role));
  // The demo accounts are listed only while the demo association exists (development, trials).
  const demo = await db().association.findUnique({ where: { slug: DEMO_SLUG }, select: { id: true } });
  return {
    demoAccounts:
      demo && config().SHOW_DEMO_ACCOUNTS
        ? demoAccounts.map(({ email, role, member }) => ({ email, role, member }))
        : [],
    demoPassword: DEMO_PASSWORD,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const submission = parseForm(formData, { schema: LoginSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const result = await authenticate(email, password, clientAddress(request));
  if (!result.ok) {
    const locale = await visitorLocale(request);
    const message =
      result.reason === "throttled"
        ? translate(locale, "login.tooMany", { minutes: Math.ceil(result.retryAfterSeconds / 60) })
        : translate(locale, "login.invalid");
    return data(submission.reply({ formErrors: [message], hideFields: ["password"] }), {
      status: result.reason === "throttled" ? 429 : 400,
      headers: result.reason === "throttled" ? { "Retry-After": String(result.retryAfterSeconds) } : {},
    });
  }
  const cookie = await startSession(request, result.membership);
  // A full page load: the account's language may not be the visitor's (ADR 023).
  return redirectDocument(safeRedirect(redirectTo, homePathFor(result.membership.role)), {
    headers: { "Set-Cookie": cookie },
  });
}

export default function LoginPage() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useSchemaForm(LoginSchema, { lastResult });
  return (
    <div className="narrow">
      <div className="card">
        <h1>{t("login.title")}</h1>
        <p className="muted">{t("app.tagline")}</p>
        <Form method="post" className="stack" {...getFormProps(form)}>
          <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
          <ErrorList id={form.errorId} errors={form.errors} />
          <Field field={fields.email} type="email" label={t("login.email")} inputProps={{ autoComplete: "username" }} />
          <CurrentPasswordField field={fields.password} label={t("login.password")} />
          <SubmitButton className="button">{t("login.submit")}</SubmitButton>
          <Link to="/mot-de-passe-oublie">{t("login.forgot")}</Link>
        </Form>
      </div>
      <LanguageSwitch />
      <DemoAccounts />
    </div>
  );
}

function DemoAccounts() {
  const { demoAccounts, demoPassword } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (demoAccounts.length === 0) return null;
  return (
    <div className="card demo-accounts">
      <h2 style={{ marginTop: 0 }}>{t("login.demoAccounts")}</h2>
      <p>
        {t("login.demoPassword")} <code>{demoPassword}</code>
      </p>
      <ul>
        {demoAccounts.map((account) => (
          <li key={account.email}>
            <code>{account.email}</code> — {t(`login.demo.${account.role}`, { member: account.member ?? "" })}
          </li>
        ))}
      </ul>
    </div>
  );
}
