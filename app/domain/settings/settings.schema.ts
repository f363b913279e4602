// The association settings form, shared by the browser (instant feedback) and the server.
// Error messages are message keys (app/utils/messages/settings.ts).
import { z } from "zod";
import { safeString } from "~/utils/forms/safe-string";
import { emailField } from "../accounts/login.schema";
import { parseIntegerList } from "./euro-amount";
import { eurosField } from "./euro-amount.schema";
import { compactIdentifier, isValidBic, isValidIban, isValidSiret, isValidVatNumber } from "./identifiers";

/** Time zones offered: metropolitan France and the overseas departments. */
export const timeZones = [
  "Europe/Paris",
  "America/Guadeloupe",
  "America/Martinique",
  "America/Cayenne",
  "Indian/Reunion",
  "Indian/Mayotte",
  "Pacific/Noumea",
  "Pacific/Tahiti",
] as const;

export const holidayZones = ["METROPOLE", "ALSACE_MOSELLE"] as const;
export const overagePolicies = ["BILL", "BLOCK"] as const;
export const vatRegimes = ["FRANCHISE_293B", "ASSOCIATION_261_7_1B", "COST_SHARING_261B", "STANDARD"] as const;
export const vatTreatments = ["EXEMPT", "OUTSIDE_SCOPE", "REGIME"] as const;
export const travelPercents = [0, 50, 100] as const;
/** The month a period starts in (1 = January, the calendar year). */
export const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** The catalogue key of a month's name; the stored month is checked, so no key is guessed. */
export function monthKey(month: number): `settings.month.${(typeof months)[number]}` {
  const known = months.find((candidate) => candidate === month);
  if (known === undefined) throw new RangeError(`Not a month: ${month}`);
  return `settings.month.${known}`;
}

/** Late payment beyond 60 days from issue is forbidden by art. L441-10 of the Code de commerce. */
export const MAX_PAYMENT_TERM_DAYS = 60;

const integer = (min: number, max: number, message: string) =>
  z
    .number({ required_error: "errors.required", invalid_type_error: "settings.errors.integer" })
    .int("settings.errors.integer")
    .min(min, message)
    .max(max, message);

const text = (max: number) =>
  safeString({ required_error: "errors.required" })
    .trim()
    .min(1, "errors.required")
    .max(max, "settings.errors.tooLong");
const optionalText = (max: number) => safeString().trim().max(max, "settings.errors.tooLong").optional().default("");

const euros = eurosField("settings.errors.euros", "errors.required");

const integerList = (min: number, max: number, message: string) =>
  safeString()
    .optional()
    .default("")
    .transform((value, context) => {
      const list = parseIntegerList(value);
      if (list === null || list.length > 6 || list.some((item) => item < min || item > max)) {
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return list;
    });

const percent = integer(0, 100, "settings.errors.percent");
const roundingStep = integer(1, 240, "settings.errors.rounding");

// An e-mail field the association may leave empty. Conform turns an empty input into undefined only
// through optional(): a union with z.undefined() answered an empty field with zod's English "Invalid
// input", so the whole settings form could not be saved while the treasurer address was empty.
const optionalEmail = emailField.optional().transform((value) => value ?? "");

export const SettingsSchema = z.object({
  // Identité
  name: text(120),
  legalName: text(200),
  siret: safeString()
    .optional()
    .transform((value) => (value ? compactIdentifier(value) : null))
    .refine((value) => value === null || isValidSiret(value), "settings.errors.siret"),
  vatNumber: z
    .string()
    .optional()
    .transform((value) => (value ? compactIdentifier(value) : null))
    .refine((value) => value === null || isValidVatNumber(value), "settings.errors.vatNumber"),
  addressLine1: optionalText(200),
  addressLine2: optionalText(200),
  postalCode: safeString()
    .trim()
    .optional()
    .default("")
    .refine((value) => value === "" || /^[0-9A-Za-z -]{3,10}$/.test(value), "settings.errors.postalCode"),
  city: optionalText(120),
  email: optionalEmail,
  phone: optionalText(30),
  iban: safeString()
    .optional()
    .transform((value) => (value ? compactIdentifier(value) : ""))
    .refine((value) => value === "" || isValidIban(value), "settings.errors.iban"),
  bic: safeString()
    .optional()
    .transform((value) => (value ? compactIdentifier(value) : ""))
    .refine((value) => value === "" || isValidBic(value), "settings.errors.bic"),
  // Temps et calendrier
  timeZone: z.enum(timeZones, { errorMap: () => ({ message: "settings.errors.choice" }) }),
  holidayZone: z.enum(holidayZones, { errorMap: () => ({ message: "settings.errors.choice" }) }),
  minutesPerDay: integer(60, 720, "settings.errors.minutesPerDay").refine(
    (minutes) => minutes % 2 === 0,
    "settings.errors.minutesPerDay",
  ),
  periodStartMonth: integer(1, 12, "settings.errors.choice"),
  // Parts
  daysPerShare: integer(1, 250, "settings.errors.daysPerShare"),
  sharePriceCents: euros,
  membershipFeeCents: euros,
  capacityReservePercent: integer(0, 90, "settings.errors.reserve"),
  // Décompte du temps
  roundingRemoteMinutes: roundingStep,
  roundingOnSiteMinutes: roundingStep,
  roundingTravelMinutes: roundingStep,
  roundingPooledMinutes: roundingStep,
  minimumOnSiteMinutes: integer(0, 480, "settings.errors.minimumOnSite"),
  travelPercent: integer(0, 100, "settings.errors.choice").refine(
    (value) => (travelPercents as readonly number[]).includes(value),
    "settings.errors.choice",
  ),
  // Fin de période
  carryOverCapPercent: percent,
  overagePolicy: z.enum(overagePolicies, { errorMap: () => ({ message: "settings.errors.choice" }) }),
  overageDayRateCents: euros,
  // Réservations
  lateCancellationHours: integer(0, 336, "settings.errors.lateCancellation"),
  // Facturation
  vatRegime: z.enum(vatRegimes, { errorMap: () => ({ message: "settings.errors.choice" }) }),
  membershipFeeVat: z.enum(vatTreatments, { errorMap: () => ({ message: "settings.errors.choice" }) }),
  treasurerEmail: optionalEmail,
  paymentTermDays: integer(0, MAX_PAYMENT_TERM_DAYS, "settings.errors.paymentTerm"),
  latePenaltyRateText: text(200),
  reminderDays: integerList(1, 365, "settings.errors.reminderDays"),
  // Alertes
  alertThresholdsPercent: integerList(1, 200, "settings.errors.alertThresholds"),
  alertDaysBeforePeriodEnd: integer(0, 180, "settings.errors.alertDays"),
});

export type SettingsInput = z.infer<typeof SettingsSchema>;

/** The fields the form may write, in the order they are compared for the audit log. */
export const settingsFields = Object.keys(SettingsSchema.shape) as (keyof SettingsInput)[];
