// The browser's half of the catalogues (ADR 023). Each route module starts with
//   await loadMessages("core", "technician");
// naming the areas its page and its components read. That top-level await holds the module until
// the page's language of those areas is registered, so neither the first render (the inline
// script imports the matched routes before hydrating) nor a client-side navigation (Remix imports
// the next route's module before rendering it) can run ahead of its texts. The server registers
// everything (all.server.ts) and skips this. messages/route-areas.test.ts checks that every key a
// route module can reach belongs to an area it or the root names.
import { hasMessages, localeOf, registerMessages, type Locale, type MessageArea } from "~/utils/i18n";

type Catalog = { messages: Record<string, string> };

/**
 * The areas only the server reads: the e-mails, and the time refusals, which reach the phone as
 * sentences (the form's error, the offline queue's item). The glob below leaves out the same files.
 */
type ServerOnlyArea = "mail" | "time-refusals";

/** The areas a page can load (a server-only one here fails to compile). */
export type BrowserMessageArea = Exclude<MessageArea, ServerOnlyArea>;

// One lazy chunk per area and language; Vite names them <area>.<locale>-<hash>.js. The server-only
// catalogues stay out of the map, which is in the chunk every page loads.
function chunks(): Record<string, () => Promise<Catalog>> {
  return import.meta.glob<Catalog>(["./*.fr.ts", "./*.en.ts", "!./mail.*.ts", "!./time-refusals.*.ts"]);
}

let loadedLocale: Locale | undefined;

/**
 * The language this page loaded its texts in: the `<html lang>` the server rendered, read once.
 * When the user's language changes (profile, language choice, logging in or out), the root sees
 * its loader say another one and reloads the page (root.tsx), and the actions that change it
 * answer with a full-page redirect, so the texts are always fetched in the language shown.
 */
export function messagesLocale(): Locale {
  loadedLocale ??= localeOf(document.documentElement.lang);
  return loadedLocale;
}

export async function loadMessages(...areas: BrowserMessageArea[]): Promise<void> {
  if (typeof document === "undefined") return;
  const locale = messagesLocale();
  const available = chunks();
  await Promise.all(
    areas
      .filter((area) => !hasMessages(locale, area))
      .map(async (area) => registerMessages(locale, area, (await available[`./${area}.${locale}.ts`]()).messages)),
  );
}
