// The Chorus Pro connection (PISTE application + Chorus Pro technical account) on the e-invoicing
// settings page. Secrets are write-only: the page only says whether they are stored.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
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
        field={fields.chorusBaseUrl}
        type="url"
        label={t("einvoicing.settings.chorus.baseUrl")}
        hint={t("einvoicing.settings.chorus.baseUrl.hint")}
      />
      <Field
        field={fields.chorusTokenUrl}
        type="url"
        label={t("einvoicing.settings.chorus.tokenUrl")}
        hint={t("einvoicing.settings.chorus.tokenUrl.hint")}
      />
      <Field field={fields.chorusClientId} label={t("einvoicing.settings.chorus.clientId")} />
      <Field
        field={fields.chorusClientSecret}
        type="password"
        label={t("einvoicing.settings.chorus.clientSecret")}
        hint={secretHint}
        inputProps={{ autoComplete: "new-password", defaultValue: "" }}
      />
      <Field field={fields.chorusAccountLogin} label={t("einvoicing.settings.chorus.login")} />
      <Field
        field={fields.chorusAccountPassword}
        type="password"
        label={t("einvoicing.settings.chorus.password")}
        hint={secretHint}
        inputProps={{ autoComplete: "new-password", defaultValue: "" }}
      />
      <div>
        <button type="submit" className="button button-secondary">
          {t("einvoicing.settings.chorus.save")}
        </button>
      </div>
    </Form>
  );
}
