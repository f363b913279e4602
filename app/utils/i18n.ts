// French first; English for members who ask for it. Keys are grouped by page.
import * as accounting from "./messages/accounting";
import * as core from "./messages/core";
import * as einvoicing from "./messages/einvoicing";
import * as einvoicingLifecycle from "./messages/einvoicing-lifecycle";
import * as hardening from "./messages/hardening";
import * as invoicing from "./messages/invoicing";
import * as ledger from "./messages/ledger";
import * as lifecycle from "./messages/lifecycle";
import * as members from "./messages/members";
import * as payments from "./messages/payments";
import * as scheduling from "./messages/scheduling";
import * as settings from "./messages/settings";
import * as technician from "./messages/technician";

// Each area keeps its messages in app/utils/messages/<area>.ts (fr, and en typed against fr so
// no key is ever missing in English); this is where they are merged.
const fr = {
  ...accounting.fr,
  ...core.fr,
  ...einvoicing.fr,
  ...einvoicingLifecycle.fr,
  ...hardening.fr,
  ...invoicing.fr,
  ...ledger.fr,
  ...lifecycle.fr,
  ...members.fr,
  ...payments.fr,
  ...scheduling.fr,
  ...settings.fr,
  ...technician.fr,
};
const en: Record<MessageKey, string> = {
  ...accounting.en,
  ...core.en,
  ...einvoicing.en,
  ...einvoicingLifecycle.en,
  ...hardening.en,
  ...invoicing.en,
  ...ledger.en,
  ...lifecycle.en,
  ...members.en,
  ...payments.en,
  ...scheduling.en,
  ...settings.en,
  ...technician.en,
};

export type MessageKey = keyof typeof fr;

export type Locale = "fr" | "en";
export const locales: Locale[] = ["fr", "en"];
const catalogs: Record<Locale, Record<MessageKey, string>> = { fr, en };

export function isMessageKey(value: string): value is MessageKey {
  return value in fr;
}

export function translate(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}) {
  return catalogs[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Form errors are message keys; anything else (already a sentence) is shown as is. */
// zod's own English defaults ("Required", "Invalid input", "Expected number, received string"…),
// met when a schema forgot its message key: a French user must never read them (issue 12).
const ZOD_DEFAULT_MESSAGE = /^(Required|Invalid\b|Expected\b|String must|Number must|Array must)/;

export function translateError(locale: Locale, message: string) {
  if (isMessageKey(message)) return translate(locale, message);
  if (ZOD_DEFAULT_MESSAGE.test(message))
    return translate(locale, message === "Required" ? "errors.required" : "errors.invalid");
  return message;
}

export function localeFromAcceptLanguage(header: string | null): Locale {
  return header && /^en\b/i.test(header.trim()) ? "en" : "fr";
}
