import { getFormProps, useForm } from "@conform-to/react";
import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList } from "~/components/ui/field";
import { IntentButtonForm } from "~/components/ui/intent-button-form";
import { useTranslation } from "~/components/use-translation";
import { SettingsSchema } from "~/domain/settings/settings.schema";
import { SettingField, settingSections } from "~/components/settings/setting-field";
import { MAX_LOGO_BYTES } from "~/domain/settings/logo-file";
import { removeLogo, replaceLogo } from "~/domain/settings/logo.server";
import { loadSettings, updateSettings } from "~/domain/settings/settings.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { SubmitButton } from "~/components/ui/submit-button";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("settings");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.settings")];

export const loader = loaderWithPermission("association:configure", (user) => loadSettings(user));

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "association:configure");
  // Refuse oversized uploads before reading them into memory (the logo limit is 500 KB).
  if (Number(request.headers.get("Content-Length") ?? 0) > 2 * MAX_LOGO_BYTES)
    return data({ logoError: "settings.errors.logoSize" }, { status: 413 });
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === "logo-delete") {
    await removeLogo(user);
    return redirectWithToast("/admin/parametres", {
      type: "success",
      message: translate(user.locale, "settings.logo.deleted"),
    });
  }
  if (intent === "logo-upload") {
    const file = formData.get("logo");
    const result = await replaceLogo(
      user,
      file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
    );
    if (!result.ok) return data({ logoError: result.error }, { status: 400 });
    return redirectWithToast("/admin/parametres", {
      type: "success",
      message: translate(user.locale, "settings.logo.saved"),
    });
  }
  const submission = parseForm(formData, { schema: SettingsSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const changed = await updateSettings(user, submission.value);
  const message = changed.length === 0 ? "settings.unchanged" : "settings.saved";
  return redirectWithToast("/admin/parametres", {
    type: changed.length === 0 ? "info" : "success",
    message: translate(user.locale, message, { count: changed.length }),
  });
}

export default function SettingsPage() {
  const { values, hasLogo, updatedAt } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const logoError = actionData && "logoError" in actionData ? actionData.logoError : undefined;
  const lastResult = actionData && !("logoError" in actionData) ? actionData : undefined;
  const { t } = useTranslation();
  const [form] = useForm({
    lastResult,
    defaultValue: values,
    onValidate: ({ formData }) => parseForm(formData, { schema: SettingsSchema }),
    shouldValidate: "onBlur",
  });
  // What the person typed, after a refused save (without JavaScript, the page is drawn again).
  const submitted = (lastResult?.initialValue ?? {}) as Record<string, unknown>;
  const errors = form.allErrors;
  return (
    <>
      <h1>{t("settings.title")}</h1>
      <p className="muted">{t("settings.intro")}</p>
      <LogoCard hasLogo={hasLogo} version={updatedAt} error={logoError} />
      <Form method="post" className="stack" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} />
        {form.status === "error" ? (
          <p className="form-error" role="alert">
            {t("settings.fixErrors")}
          </p>
        ) : null}
        {settingSections.map((section) => (
          <fieldset key={section.legend} className="card settings-section">
            <legend>{t(section.legend)}</legend>
            <div className="grid grid-2">
              {section.fields.map((spec) => (
                <SettingField
                  key={spec.name}
                  spec={spec}
                  formId={form.id}
                  defaultValue={String(submitted[spec.name] ?? values[spec.name] ?? "")}
                  errors={errors[spec.name]}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <SubmitButton className="button">{t("common.save")}</SubmitButton>
      </Form>
    </>
  );
}

function LogoCard({ hasLogo, version, error }: { hasLogo: boolean; version: string; error?: string }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="logo-title">
      <h2 id="logo-title">{t("settings.logo.title")}</h2>
      {hasLogo ? (
        <img
          className="settings-logo"
          src={`/admin/parametres/logo?v=${encodeURIComponent(version)}`}
          alt={t("settings.logo.alt")}
        />
      ) : (
        <p className="muted">{t("settings.logo.none")}</p>
      )}
      <Form method="post" encType="multipart/form-data" className="stack">
        <div className="field">
          <label htmlFor="logo-file">{t("settings.logo.file")}</label>
          <p id="logo-hint" className="muted" style={{ margin: 0 }}>
            {t("settings.logo.hint")}
          </p>
          <input
            id="logo-file"
            name="logo"
            type="file"
            accept="image/png,image/jpeg"
            aria-describedby={error ? "logo-hint logo-error" : "logo-hint"}
            aria-invalid={error ? true : undefined}
            required
          />
          <ErrorList id="logo-error" errors={error ? [error] : null} />
        </div>
        <div>
          <button type="submit" name="intent" value="logo-upload" className="button button-secondary">
            {t("settings.logo.upload")}
          </button>
        </div>
      </Form>
      {hasLogo ? (
        <IntentButtonForm intent="logo-delete" className="button button-danger">
          {t("settings.logo.delete")}
        </IntentButtonForm>
      ) : null}
    </section>
  );
}
