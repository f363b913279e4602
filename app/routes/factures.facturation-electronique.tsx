import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxField, ErrorList } from "~/components/forms";
import { useTranslation } from "~/components/use-translation";
import { EINVOICING_SCOPE_SETTINGS } from "~/domain/invoicing/einvoicing-scope";
import { EInvoicingSettingsSchema } from "~/domain/invoicing/einvoicing-settings.schema";
import { loadEInvoicingSettings, updateEInvoicingSettings } from "~/domain/invoicing/einvoicing-settings.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { readForm } from "~/utils/forms/read-form.server";
import { parseForm } from "~/utils/forms/parse-form";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = () => [{ title: "Facturation électronique · Quote-part" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "invoices:manage");
  return loadEInvoicingSettings(user);
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "invoices:manage");
  const submission = parseForm(await readForm(request), { schema: EInvoicingSettingsSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const changed = await updateEInvoicingSettings(user, submission.value);
  return redirectWithToast("/factures/facturation-electronique", {
    type: changed ? "success" : "info",
    message: translate(user.locale, changed ? "einvoicing.settings.saved" : "einvoicing.settings.unchanged"),
  });
}

export default function EInvoicingSettingsPage() {
  const settings = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { vatOnDebits: settings.vatOnDebits ? "on" : undefined, einvoicingScope: settings.einvoicingScope },
    onValidate: ({ formData }) => parseForm(formData, { schema: EInvoicingSettingsSchema }),
  });
  const { decision } = settings;
  return (
    <>
      <p>
        <Link to="/factures">← {t("invoicing.title")}</Link>
      </p>
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
            {decision.overridden ? <span className="badge badge-warn">{t("einvoicing.settings.scope.overridden")}</span> : null}
          </p>
          {EINVOICING_SCOPE_SETTINGS.map((option) => (
            <div className="field-checkbox" key={option}>
              <label>
                <input type="radio" name={fields.einvoicingScope.name} value={option} defaultChecked={settings.einvoicingScope === option} />
                <span>{t(`einvoicing.settings.scope.${option}`)}</span>
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("einvoicing.settings.vat.legend")}</legend>
          <CheckboxField
            label={t("einvoicing.settings.vatOnDebits")}
            hint={t("einvoicing.settings.vatOnDebits.hint")}
            inputProps={getInputProps(fields.vatOnDebits, { type: "checkbox" })}
            errors={fields.vatOnDebits.errors}
          />
        </fieldset>
        <div>
          <button type="submit" className="button">
            {t("einvoicing.settings.save")}
          </button>
        </div>
      </Form>
    </>
  );
}
