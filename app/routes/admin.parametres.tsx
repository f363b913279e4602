import { getFormProps, getInputProps, getSelectProps, useForm, type FieldMetadata } from "@conform-to/react";
import { parseForm } from "~/utils/forms/parse-form";
import type { z } from "zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import {
  MAX_PAYMENT_TERM_DAYS,
  SettingsSchema,
  holidayZones,
  monthKey,
  months,
  overagePolicies,
  timeZones,
  travelPercents,
  vatRegimes,
  vatTreatments,
} from "~/domain/settings/settings.schema";
import { MAX_LOGO_BYTES } from "~/domain/settings/logo-file";
import { removeLogo, replaceLogo } from "~/domain/settings/logo.server";
import { loadSettings, updateSettings } from "~/domain/settings/settings.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { translate, type MessageKey } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { SubmitButton } from "~/components/ui/submit-button";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("settings");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.settings")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "association:configure");
  return loadSettings(user);
}

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

type FieldKind = "text" | "email" | "tel" | "number" | "euros" | "select";
type SettingName = keyof z.input<typeof SettingsSchema>;
/** The settings that have a hint in the catalogue: `hint: true` is accepted only on those, so no key is guessed. */
type HintedSettingName = {
  [Name in SettingName]: `settings.hint.${Name}` extends MessageKey ? Name : never;
}[SettingName];
type Choice = { value: string | number; label: MessageKey | null };
type FieldSpec = { kind: FieldKind; options?: readonly Choice[] } & (
  { name: SettingName; hint?: false } | { name: HintedSettingName; hint: true }
);

/** A select's options with their catalogue labels; the key function's literal type is checked against the catalogue. */
function choices<Value extends string | number>(
  values: readonly Value[],
  label: ((value: Value) => MessageKey) | null,
): Choice[] {
  return values.map((value) => ({ value, label: label && label(value) }));
}

// The page follows the board's way of thinking: who we are, how we count time, what a share is…
const sections: { legend: MessageKey; fields: FieldSpec[] }[] = [
  {
    legend: "settings.section.identity",
    fields: [
      { name: "name", kind: "text" },
      { name: "legalName", kind: "text" },
      { name: "siret", kind: "text", hint: true },
      { name: "vatNumber", kind: "text", hint: true },
      { name: "addressLine1", kind: "text" },
      { name: "addressLine2", kind: "text" },
      { name: "postalCode", kind: "text" },
      { name: "city", kind: "text" },
      { name: "email", kind: "email" },
      { name: "phone", kind: "tel" },
      { name: "iban", kind: "text" },
      { name: "bic", kind: "text" },
    ],
  },
  {
    legend: "settings.section.time",
    fields: [
      { name: "timeZone", kind: "select", options: choices(timeZones, null) },
      {
        name: "holidayZone",
        kind: "select",
        options: choices(holidayZones, (zone) => `settings.option.holidayZone.${zone}`),
      },
      { name: "minutesPerDay", kind: "number", hint: true },
      { name: "periodStartMonth", kind: "select", options: choices(months, monthKey) },
    ],
  },
  {
    legend: "settings.section.shares",
    fields: [
      { name: "daysPerShare", kind: "number" },
      { name: "sharePriceCents", kind: "euros" },
      { name: "membershipFeeCents", kind: "euros" },
      { name: "capacityReservePercent", kind: "number", hint: true },
    ],
  },
  {
    legend: "settings.section.timeAccounting",
    fields: [
      { name: "roundingRemoteMinutes", kind: "number" },
      { name: "roundingOnSiteMinutes", kind: "number" },
      { name: "minimumOnSiteMinutes", kind: "number" },
      { name: "roundingTravelMinutes", kind: "number" },
      {
        name: "travelPercent",
        kind: "select",
        options: choices(travelPercents, (percent) => `settings.option.travelPercent.${percent}`),
      },
      { name: "roundingPooledMinutes", kind: "number" },
    ],
  },
  {
    legend: "settings.section.periodEnd",
    fields: [
      { name: "carryOverCapPercent", kind: "number", hint: true },
      {
        name: "overagePolicy",
        kind: "select",
        options: choices(overagePolicies, (policy) => `settings.option.overagePolicy.${policy}`),
      },
      { name: "overageDayRateCents", kind: "euros" },
    ],
  },
  { legend: "settings.section.bookings", fields: [{ name: "lateCancellationHours", kind: "number", hint: true }] },
  {
    legend: "settings.section.invoicing",
    fields: [
      {
        name: "vatRegime",
        kind: "select",
        options: choices(vatRegimes, (regime) => `settings.option.vatRegime.${regime}`),
      },
      {
        name: "membershipFeeVat",
        kind: "select",
        options: choices(vatTreatments, (treatment) => `settings.option.membershipFeeVat.${treatment}`),
        hint: true,
      },
      { name: "treasurerEmail", kind: "email", hint: true },
      { name: "paymentTermDays", kind: "number", hint: true },
      { name: "latePenaltyRateText", kind: "text", hint: true },
      { name: "reminderDays", kind: "text", hint: true },
    ],
  },
  {
    legend: "settings.section.alerts",
    fields: [
      { name: "alertThresholdsPercent", kind: "text", hint: true },
      { name: "alertDaysBeforePeriodEnd", kind: "number" },
    ],
  },
];

export default function SettingsPage() {
  const { values, hasLogo, updatedAt } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const logoError = actionData && "logoError" in actionData ? actionData.logoError : undefined;
  const lastResult = actionData && !("logoError" in actionData) ? actionData : undefined;
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: values,
    onValidate: ({ formData }) => parseForm(formData, { schema: SettingsSchema }),
    shouldValidate: "onBlur",
  });
  const allFields = fields as unknown as Record<string, FieldMetadata<string>>;
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
        {sections.map((section) => (
          <fieldset key={section.legend} className="card settings-section">
            <legend>{t(section.legend)}</legend>
            <div className="grid grid-2">
              {section.fields.map((spec) => (
                <SettingField key={spec.name} spec={spec} field={allFields[spec.name]} />
              ))}
            </div>
          </fieldset>
        ))}
        <SubmitButton className="button">{t("common.save")}</SubmitButton>
      </Form>
    </>
  );
}

function SettingField({ spec, field }: { spec: FieldSpec; field: FieldMetadata<string> }) {
  const { t } = useTranslation();
  const label = t(`settings.field.${spec.name}`);
  const hint = spec.hint ? t(`settings.hint.${spec.name}`, { max: MAX_PAYMENT_TERM_DAYS }) : undefined;
  if (spec.kind === "select") {
    return (
      <SelectField label={label} selectProps={getSelectProps(field)} errors={field.errors}>
        {spec.options!.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label ? t(option.label) : option.value}
          </option>
        ))}
      </SelectField>
    );
  }
  const inputType = spec.kind === "euros" ? "text" : spec.kind;
  const extra =
    spec.kind === "euros"
      ? { inputMode: "decimal" as const, placeholder: "2000,00" }
      : spec.kind === "number"
        ? { inputMode: "numeric" as const }
        : {};
  return (
    <Field
      label={spec.kind === "euros" ? `${label} (€)` : label}
      hint={hint}
      inputProps={{ ...getInputProps(field, { type: inputType }), ...extra }}
      errors={field.errors}
    />
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
        <Form method="post">
          <button type="submit" name="intent" value="logo-delete" className="button button-danger">
            {t("settings.logo.delete")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
