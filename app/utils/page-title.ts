// Every page's <title>, in the reader's language. A route's `meta` runs on the server and, on a
// client-side navigation, in the browser; both find the language in the root loader's data, which
// `meta` receives through `matches`. A title's key lives in an area its route loads (title.* in that
// area's file), so the Today page's budget (issue 15) does not carry every page's title.
import { localeOf, translate, type Locale, type MessageKey } from "~/utils/i18n";

type Match = { id: string; data: unknown };

/** A part of a title: a message key, or a name from the loader with the key to say when it has none. */
export type TitlePart = MessageKey | { name: string | null | undefined; otherwise: MessageKey };

export function metaLocale(matches: readonly Match[]): Locale {
  const root = matches.find((match) => match.id === "root")?.data as { locale?: Locale } | undefined;
  return localeOf(root?.locale);
}

/** `{ title: "Factures · Quote-part" }`: the parts in the reader's language, most specific first. */
export function pageTitle(matches: readonly Match[], ...parts: TitlePart[]): { title: string } {
  const locale = metaLocale(matches);
  const words = parts.map((part) =>
    typeof part === "string" ? translate(locale, part) : part.name || translate(locale, part.otherwise),
  );
  return { title: [...words, translate(locale, "app.name")].join(" · ") };
}
