// The Chorus Pro connection (PISTE application + Chorus Pro technical account) on the e-invoicing
// settings page. Secrets are write-only: the page only says whether they are stored.
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { ErrorList, Field } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { ChorusConnectionSchema } from "~/domain/invoicing/einvoicing-settings.schema";

type Settings = {
  chorusBaseUrl: string;
  chorusTokenUrl: string;
  chorusClientId: string;
  chorusAccountLogin: string;
  hasChorusSecrets: boolean;
};

export function ChorusConnectionForm({
  settings,
  lastResult,
}: {
  settings: Settings;
  lastResult: SubmissionResult<string[]> | null;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "chorus-connection",
    lastResult,
    defaultValue: {
      chorusBaseUrl: settings.chorusBaseUrl,
      chorusTokenUrl: settings.chorusTokenUrl,
      chorusClientId: settings.chorusClientId,
      chorusAccountLogin: settings.chorusAccountLogin,
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChorusConnectionSchema }),
    shouldValidate: "onBlur",
  });
  const secretHint = t(
    settings.hasChorusSecrets ? "einvoicing.settings.chorus.stored" : "einvoicing.settings.pa.clientSecret.none",
  );
  return (
    <Form method="post" className="card stack" {...getFormProps(form)}>
      <h2>{t("einvoicing.settings.chorus.title")}</h2>
      <p className="muted">{t("einvoicing.settings.chorus.intro")}</p>
      <input type="hidden" name="intent" value="chorus-connection" />
      <ErrorList id={form.errorId} errors={form.errors} />
      <Field
        label={t("einvoicing.settings.chorus.baseUrl")}
        hint={t("einvoicing.settings.chorus.baseUrl.hint")}
        inputProps={getInputProps(fields.chorusBaseUrl, { type: "url" })}
        errors={fields.chorusBaseUrl.errors}
      />
      <Field
        label={t("einvoicing.settings.chorus.tokenUrl")}
        hint={t("einvoicing.settings.chorus.tokenUrl.hint")}
        inputProps={getInputProps(fields.chorusTokenUrl, { type: "url" })}
        errors={fields.chorusTokenUrl.errors}
      />
      <Field
        label={t("einvoicing.settings.chorus.clientId")}
        inputProps={getInputProps(fields.chorusClientId, { type: "text" })}
        errors={fields.chorusClientId.errors}
      />
      <Field
        label={t("einvoicing.settings.chorus.clientSecret")}
        hint={secretHint}
        inputProps={{
          ...getInputProps(fields.chorusClientSecret, { type: "password" }),
          autoComplete: "new-password",
          defaultValue: "",
        }}
        errors={fields.chorusClientSecret.errors}
      />
      <Field
        label={t("einvoicing.settings.chorus.login")}
        inputProps={getInputProps(fields.chorusAccountLogin, { type: "text" })}
        errors={fields.chorusAccountLogin.errors}
      />
      <Field
        label={t("einvoicing.settings.chorus.password")}
        hint={secretHint}
        inputProps={{
          ...getInputProps(fields.chorusAccountPassword, { type: "password" }),
          autoComplete: "new-password",
          defaultValue: "",
        }}
        errors={fields.chorusAccountPassword.errors}
      />
      <div>
        <button type="submit" className="button button-secondary">
          {t("einvoicing.settings.chorus.save")}
        </button>
      </div>
    </Form>
  );
}
