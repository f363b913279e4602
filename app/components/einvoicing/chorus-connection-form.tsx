// The Chorus Pro connection (PISTE application + Chorus Pro technical account) on the e-invoicing
// settings page. Secrets are write-only: the page only says whether they are stored.
import { useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Field } from "~/components/ui/field";
import { ConnectionForm, SecretField } from "~/components/einvoicing/connection-form";
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
    <ConnectionForm
      form={form}
      intent="chorus-connection"
      title="einvoicing.settings.chorus.title"
      intro="einvoicing.settings.chorus.intro"
      saveLabel="einvoicing.settings.chorus.save"
      apiAddresses={[
        [fields.chorusBaseUrl, "einvoicing.settings.chorus.baseUrl", "einvoicing.settings.chorus.baseUrl.hint"],
        [fields.chorusTokenUrl, "einvoicing.settings.chorus.tokenUrl", "einvoicing.settings.chorus.tokenUrl.hint"],
      ]}
    >
      <Field field={fields.chorusClientId} label={t("einvoicing.settings.chorus.clientId")} />
      <SecretField
        field={fields.chorusClientSecret}
        label={t("einvoicing.settings.chorus.clientSecret")}
        hint={secretHint}
      />
      <Field field={fields.chorusAccountLogin} label={t("einvoicing.settings.chorus.login")} />
      <SecretField
        field={fields.chorusAccountPassword}
        label={t("einvoicing.settings.chorus.password")}
        hint={secretHint}
      />
    </ConnectionForm>
  );
}
