// The one adapter from a DomainError (ADR 025) to what a person reads: the route's form reply
// (`refusalOf`) or a thrown/returned Response for loaders and downloads (`errorResponse`,
// `orErrorResponse`), in the reader's language, instants written in the reader's time zone.
import { DomainError, type Message, type MessageValue } from "~/domain/domain-error";
import { formatCalendarDate } from "./format-calendar-dates";
import { formatLocalTime } from "./format-instants";
import { intlLocaleOf, translate, type Locale } from "./i18n";

/** Who reads the refusal: the signed-in user has both. */
export type Reader = { locale: Locale; timeZone: string };

/** A refusal as routes answer it: the sentence and the link's text already translated. */
export type Refusal = {
  code: string;
  status: DomainError["status"];
  error: string;
  link: { href: string; label: string } | null;
};

function valueText(value: MessageValue, reader: Reader): string | number {
  if (value instanceof Date) return formatLocalTime(value, reader.locale, reader.timeZone);
  if (typeof value !== "object") return value;
  if ("day" in value) return formatCalendarDate(value.day, reader.locale);
  const words = value.keys.map((key) => translate(reader.locale, key));
  return new Intl.ListFormat(intlLocaleOf(reader.locale), { type: "conjunction" }).format(words);
}

/** One sentence of the catalogue in the reader's language. */
export function messageText(message: Message, reader: Reader): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) values[name] = valueText(value, reader);
  return translate(reader.locale, message.key, values);
}

export function refusalText(error: DomainError, reader: Reader): Refusal {
  return {
    code: error.code,
    status: error.status,
    error: error.messages.map((message) => messageText(message, reader)).join(" "),
    link: error.link && { href: error.link.href, label: messageText(error.link.label, reader) },
  };
}

/** Runs a domain call; a DomainError becomes `{ ok: false, …refusal }` for the route's reply. */
export async function refusalOf<T>(
  reader: Reader,
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | ({ ok: false } & Refusal)> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, ...refusalText(error, reader) };
    throw error;
  }
}

/** The refusal as a plain-text answer, for downloads and resource routes. */
export function errorResponse(error: DomainError, reader: Reader): Response {
  return new Response(refusalText(error, reader).error, {
    status: error.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

/** Runs a loader's domain call; a DomainError is thrown as a Response, which the error page shows. */
export async function orErrorResponse<T>(reader: Reader, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) throw errorResponse(error, reader);
    throw error;
  }
}
