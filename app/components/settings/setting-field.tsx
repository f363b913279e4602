// The settings form's fields, section by section, in the order the board thinks of them; every label,
// hint and option comes from the catalogue, and the key types are checked against it.
import type { z } from "zod";
import { Field, SelectField } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import {
  MAX_PAYMENT_TERM_DAYS,
  type SettingsSchema,
  holidayZones,
  monthKey,
  months,
  overagePolicies,
  timeZones,
  travelPercents,
  vatRegimes,
  vatTreatments,
} from "~/domain/settings/settings.schema";
import type { MessageKey } from "~/utils/i18n";

type FieldKind = "text" | "email" | "tel" | "number" | "euros" | "select";
type SettingName = keyof z.input<typeof SettingsSchema>;
/** The settings that have a hint in the catalogue: `hint: true` is accepted only on those, so no key is guessed. */
type HintedSettingName = {
  [Name in SettingName]: `settings.hint.${Name}` extends MessageKey ? Name : never;
}[SettingName];
type Choice = { value: string | number; label: MessageKey | null };
export type FieldSpec = { kind: FieldKind; options?: readonly Choice[] } & (
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
export const settingSections: { legend: MessageKey; fields: FieldSpec[] }[] = [
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

/**
 * One setting, given its value and errors by hand rather than as a conform field: with some forty
 * fields, conform's field metadata (a new proxy built on every property read) was a fifth of the
 * page's server time (ADR 019, eighth pass). The id is conform's (`formId-name`), so the form's
 * own validation, which finds controls by name, works as before.
 */
export function SettingField({
  spec,
  formId,
  defaultValue,
  errors,
}: {
  spec: FieldSpec;
  formId: string;
  defaultValue: string;
  errors: string[] | undefined;
}) {
  const { t } = useTranslation();
  const label = t(`settings.field.${spec.name}`);
  const hint = spec.hint ? t(`settings.hint.${spec.name}`, { max: MAX_PAYMENT_TERM_DAYS }) : undefined;
  const control = { id: `${formId}-${spec.name}`, name: spec.name, defaultValue };
  if (spec.kind === "select") {
    return (
      <SelectField selectProps={control} errors={errors} label={label} hint={hint}>
        {spec.options!.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label ? t(option.label) : option.value}
          </option>
        ))}
      </SelectField>
    );
  }
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
      inputProps={{ ...control, type: spec.kind === "euros" ? "text" : spec.kind, ...extra }}
      errors={errors}
    />
  );
}
