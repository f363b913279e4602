import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxField, ErrorList, Field } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { EINVOICING_SCOPE_SETTINGS } from "~/domain/invoicing/einvoicing-scope";
import { ChorusConnectionForm } from "~/components/einvoicing/chorus-connection-form";
import { ConnectionForm, SecretField } from "~/components/einvoicing/connection-form";
import {
  ChorusConnectionSchema,
  EInvoicingSettingsSchema,
  PaConnectionSchema,
} from "~/domain/invoicing/einvoicing-settings.schema";
import {
  loadEInvoicingSettings,
  updateChorusConnection,
  updateEInvoicingSettings,
  updatePaConnection,
} from "~/domain/invoicing/einvoicing-settings.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { readForm } from "~/utils/forms/read-form.server";
import { parseForm } from "~/utils/forms/parse-form";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("einvoicing", "einvoicing-lifecycle", "invoicing");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.einvoicing")];

export const loader = loaderWithPermission("invoices:manage", (user) => loadEInvoicingSettings(user));

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "invoices:manage");
  const formData = await readForm(request);
  if (formData.get("intent") === "pa-connection") {
    const paSubmission = parseForm(formData, { schema: PaConnectionSchema });
    // The secret is never sent back to the browser, even in an error reply.
    if (paSubmission.status !== "success")
      return data(
        { intent: "pa-connection", result: paSubmission.reply({ hideFields: ["paClientSecret"] }) },
        { status: 400 },
      );
    await updatePaConnection(user, paSubmission.value);
    return redirectWithToast("/factures/facturation-electronique", {
      type: "success",
      message: translate(user.locale, "einvoicing.settings.pa.saved"),
    });
  }
  if (formData.get("intent") === "chorus-connection") {
    const chorusSubmission = parseForm(formData, { schema: ChorusConnectionSchema });
    if (chorusSubmission.status !== "success")
      return data(
        {
          intent: "chorus-connection",
          result: chorusSubmission.reply({ hideFields: ["chorusClientSecret", "chorusAccountPassword"] }),
        },
        { status: 400 },
      );
    await updateChorusConnection(user, chorusSubmission.value);
    return redirectWithToast("/factures/facturation-electronique", {
      type: "success",
      message: translate(user.locale, "einvoicing.settings.chorus.saved"),
    });
  }
  const submission = parseForm(formData, { schema: EInvoicingSettingsSchema });
  if (submission.status !== "success") return data({ intent: "settings", result: submission.reply() }, { status: 400 });
  const changed = await updateEInvoicingSettings(user, submission.value);
  return redirectWithToast("/factures/facturation-electronique", {
    type: changed ? "success" : "info",
    message: translate(user.locale, changed ? "einvoicing.settings.saved" : "einvoicing.settings.unchanged"),
  });
}

export default function EInvoicingSettingsPage() {
  const settings = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData?.intent === "settings" ? actionData.result : null;
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { vatOnDebits: settings.vatOnDebits ? "on" : undefined, einvoicingScope: settings.einvoicingScope },
    onValidate: ({ formData }) => parseForm(formData, { schema: EInvoicingSettingsSchema }),
  });
  const { decision } = settings;
  return (
    <>
      <BackLink to="/factures">{t("invoicing.title")}</BackLink>
      <h1>{t("einvoicing.settings.title")}</h1>
      <p>{t("einvoicing.settings.intro")}</p>
      <Form method="post" className="card stack" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} />
        <fieldset>
          <legend>{t("einvoicing.settings.scope.legend")}</legend>
          <p>{t("einvoicing.settings.scope.byRegime")}</p>
          <p className="muted">{decision.byRegime.reason}</p>
          <p>
            <strong>{t(decision.inScope ? "einvoicing.settings.scope.in" : "einvoicing.settings.scope.out")}</strong>
            {decision.overridden ? (
              <span className="badge badge-warn">{t("einvoicing.settings.scope.overridden")}</span>
            ) : null}
          </p>
          {EINVOICING_SCOPE_SETTINGS.map((option) => (
            <div className="field-checkbox" key={option}>
              <label>
                <input
                  type="radio"
                  name={fields.einvoicingScope.name}
                  value={option}
                  defaultChecked={settings.einvoicingScope === option}
                />
                <span>{t(`einvoicing.settings.scope.${option}`)}</span>
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("einvoicing.settings.vat.legend")}</legend>
          <CheckboxField
            field={fields.vatOnDebits}
            label={t("einvoicing.settings.vatOnDebits")}
            hint={t("einvoicing.settings.vatOnDebits.hint")}
          />
        </fieldset>
        <div>
          <button type="submit" className="button">
            {t("einvoicing.settings.save")}
          </button>
        </div>
      </Form>
      <PaConnectionForm
        settings={settings}
        lastResult={actionData?.intent === "pa-connection" ? actionData.result : null}
      />
      <ChorusConnectionForm
        settings={settings}
        lastResult={actionData?.intent === "chorus-connection" ? actionData.result : null}
      />
    </>
  );
}

function PaConnectionForm({
  settings,
  lastResult,
}: {
  settings: ReturnType<typeof useLoaderData<typeof loader>>;
  lastResult: SubmissionResult<string[]> | null;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "pa-connection",
    lastResult,
    defaultValue: {
      paBaseUrl: settings.paBaseUrl,
      paTokenUrl: settings.paTokenUrl,
      paDirectoryUrl: settings.paDirectoryUrl,
      paClientId: settings.paClientId,
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PaConnectionSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <ConnectionForm
      form={form}
      intent="pa-connection"
      title="einvoicing.settings.pa.title"
      intro="einvoicing.settings.pa.intro"
      saveLabel="einvoicing.settings.pa.save"
      apiAddresses={[
        [fields.paBaseUrl, "einvoicing.settings.pa.baseUrl", "einvoicing.settings.pa.baseUrl.hint"],
        [fields.paTokenUrl, "einvoicing.settings.pa.tokenUrl", "einvoicing.settings.pa.tokenUrl.hint"],
        [fields.paDirectoryUrl, "einvoicing.settings.pa.directoryUrl", "einvoicing.settings.pa.directoryUrl.hint"],
      ]}
    >
      <Field field={fields.paClientId} label={t("einvoicing.settings.pa.clientId")} />
      <SecretField
        field={fields.paClientSecret}
        label={t("einvoicing.settings.pa.clientSecret")}
        hint={t(
          settings.hasPaClientSecret
            ? "einvoicing.settings.pa.clientSecret.stored"
            : "einvoicing.settings.pa.clientSecret.none",
        )}
      />
    </ConnectionForm>
  );
}
