// French first; English for members who ask for it (ADR 007, split per language and area: ADR 023).
// Each area keeps its texts in app/utils/messages/<area>.fr.ts (the source) and <area>.en.ts (typed
// against it, so no English key is ever missing). Nothing here imports a catalogue's texts: the
// server registers every catalogue (messages/all.server.ts), the browser only the areas of the
// pages it shows, in the page's language (messages/load-messages.ts), so a page's JavaScript
// carries neither the other language nor the other areas.
import type { messages as accounting } from "./messages/accounting.fr";
import type { messages as accounts } from "./messages/accounts.fr";
import type { messages as core } from "./messages/core.fr";
import type { messages as einvoicing } from "./messages/einvoicing.fr";
import type { messages as einvoicingLifecycle } from "./messages/einvoicing-lifecycle.fr";
import type { messages as home } from "./messages/home.fr";
import type { messages as invoicing } from "./messages/invoicing.fr";
import type { messages as ledger } from "./messages/ledger.fr";
import type { messages as ledgerClose } from "./messages/ledger-close.fr";
import type { messages as lifecycle } from "./messages/lifecycle.fr";
import type { messages as mail } from "./messages/mail.fr";
import type { messages as members } from "./messages/members.fr";
import type { messages as payments } from "./messages/payments.fr";
import type { messages as reports } from "./messages/reports.fr";
import type { messages as scheduling } from "./messages/scheduling.fr";
import type { messages as settings } from "./messages/settings.fr";
import type { messages as technician } from "./messages/technician.fr";
import type { messages as time } from "./messages/time.fr";
import type { messages as timeEntries } from "./messages/time-entries.fr";
import type { messages as timeRefusals } from "./messages/time-refusals.fr";

interface Areas {
  accounting: typeof accounting;
  accounts: typeof accounts;
  core: typeof core;
  einvoicing: typeof einvoicing;
  "einvoicing-lifecycle": typeof einvoicingLifecycle;
  home: typeof home;
  invoicing: typeof invoicing;
  ledger: typeof ledger;
  "ledger-close": typeof ledgerClose;
  lifecycle: typeof lifecycle;
  mail: typeof mail;
  members: typeof members;
  payments: typeof payments;
  reports: typeof reports;
  scheduling: typeof scheduling;
  settings: typeof settings;
  technician: typeof technician;
  time: typeof time;
  "time-entries": typeof timeEntries;
  "time-refusals": typeof timeRefusals;
}
export type MessageArea = keyof Areas;
export type MessageKey = { [Area in MessageArea]: keyof Areas[Area] }[MessageArea];

export type Locale = "fr" | "en";
export const locales: Locale[] = ["fr", "en"];

const catalogs: Record<Locale, Partial<Record<MessageKey, string>>> = { fr: {}, en: {} };
const registered: Record<Locale, Set<MessageArea>> = { fr: new Set(), en: new Set() };

export function registerMessages(locale: Locale, area: MessageArea, messages: Record<string, string>) {
  Object.assign(catalogs[locale], messages);
  registered[locale].add(area);
}

export function hasMessages(locale: Locale, area: MessageArea) {
  return registered[locale].has(area);
}

const inBrowser = typeof document !== "undefined";

// A key is dotted words without spaces; a sentence never looks like one.
const KEY_SHAPE = /^[A-Za-z][\w-]*(\.[\w-]+)+$/;

export function isMessageKey(value: string): value is MessageKey {
  return value in catalogs.fr || value in catalogs.en;
}

function missing(locale: Locale, key: string): string {
  // The server has every catalogue: a miss there is a forgotten registration, loud in every test.
  if (!inBrowser)
    throw new Error(`Message "${key}" (${locale}) is not registered: import "~/utils/messages/all.server" first.`);
  // The page's language just changed (logging in, say) and the page is about to reload in it
  // (root.tsx): for that instant, the text in the language it loaded.
  const loaded = isMessageKey(key) ? catalogs[locale === "fr" ? "en" : "fr"][key] : undefined;
  if (loaded !== undefined) return loaded;
  // The route-areas test (messages/route-areas.test.ts) rules this out; should an area still be
  // missing, the reader gets nothing rather than a bare key or a "{placeholder}".
  console.error(`Message "${key}" (${locale}) is not loaded: add its area to the route's loadMessages().`);
  return "";
}

export function translate(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}) {
  const text = catalogs[locale][key] ?? missing(locale, key);
  return fill(locale, text, values);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * Placeholders, `{name}`, and plurals, `{count, plural, one {# facture} other {# factures}}`: the
 * branch is chosen by Intl.PluralRules of the language (French: 0 and 1 are "one"; English: only 1),
 * `#` is the number, and a branch may hold placeholders. `=0 {…}` picks an exact value first.
 */
export function fill(locale: Locale, text: string, values: Record<string, string | number>): string {
  let out = "";
  let index = 0;
  for (let open = text.indexOf("{"); open !== -1; open = text.indexOf("{", index)) {
    out += text.slice(index, open);
    const plural = /^\{(\w+), plural,/.exec(text.slice(open));
    if (!plural) {
      const close = text.indexOf("}", open);
      if (close === -1) break;
      const name = text.slice(open + 1, close);
      out += String(values[name] ?? `{${name}}`);
      index = close + 1;
      continue;
    }
    const branches = new Map<string, string>();
    let at = open + plural[0].length;
    while (text[at] !== "}") {
      const selector = /^\s*(=?\w+)\s*\{/.exec(text.slice(at));
      if (!selector) throw new Error(`Malformed plural in "${text}"`);
      at += selector[0].length;
      let depth = 1;
      const start = at;
      for (; depth > 0; at++) depth += text[at] === "{" ? 1 : text[at] === "}" ? -1 : 0;
      branches.set(selector[1], text.slice(start, at - 1));
      while (text[at] === " ") at++;
    }
    // A count may come formatted ("1,5" parts): its digits choose the branch, it is shown as given.
    const count = Number(String(values[plural[1]] ?? 0).replace(",", "."));
    if (!pluralRules.has(locale)) pluralRules.set(locale, new Intl.PluralRules(locale));
    const branch =
      branches.get(`=${count}`) ?? branches.get(pluralRules.get(locale)!.select(count)) ?? branches.get("other") ?? "";
    out += fill(locale, branch.replaceAll("#", String(values[plural[1]] ?? count)), values);
    index = at + 1;
  }
  return out + text.slice(index);
}

/** Form errors are message keys; anything else (already a sentence) is shown as is. */
// zod's own English defaults ("Required", "Invalid input", "Expected number, received string"…),
// met when a schema forgot its message key: a French user must never read them (issue 12).
const ZOD_DEFAULT_MESSAGE = /^(Required|Invalid\b|Expected\b|String must|Number must|Array must)/;

export function translateError(locale: Locale, message: string) {
  if (isMessageKey(message)) return translate(locale, message);
  if (ZOD_DEFAULT_MESSAGE.test(message))
    return translate(locale, message === "Required" ? "errors.required" : "errors.invalid");
  // A key whose area this page did not load: say something true rather than show the key.
  if (inBrowser && KEY_SHAPE.test(message)) {
    missing(locale, message);
    return translate(locale, "errors.invalid");
  }
  return message;
}

/** A stored or sent language (a profile, a cookie, `<html lang>`) as one we speak: French unless it says English. */
export function localeOf(value: string | null | undefined): Locale {
  return value === "en" ? "en" : "fr";
}

export function localeFromAcceptLanguage(header: string | null): Locale {
  return header && /^en\b/i.test(header.trim()) ? "en" : "fr";
}

/** The Intl locale of the interface language: dates and numbers read as in France, or in British English. */
export function intlLocaleOf(locale: Locale): "fr-FR" | "en-GB" {
  return locale === "fr" ? "fr-FR" : "en-GB";
}

/**
 * `make`, kept per language and options: building an Intl formatter costs far more than using one
 * (under load, pages listing dates spent 3 % of the server's time building them, ADR 019), so the
 * date and number formatters are each built once.
 */
export function formatterCache<Options, Formatter>(make: (intlLocale: string, options: Options) => Formatter) {
  const built = new Map<string, Formatter>();
  return (intlLocale: string, options: Options): Formatter => {
    const key = `${intlLocale} ${JSON.stringify(options)}`;
    let formatter = built.get(key);
    if (!formatter) built.set(key, (formatter = make(intlLocale, options)));
    return formatter;
  };
}
