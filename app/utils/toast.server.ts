import { createCookieSessionStorage, redirect, redirectDocument } from "@remix-run/node";
import { isProduction, sessionSecrets } from "./env.server";
import { config } from "./config.server";
import { translate, type Locale, type MessageKey } from "./i18n";

export interface Toast {
  type: "success" | "error" | "info";
  message: string;
}

const toastStorage = () =>
  createCookieSessionStorage({
    cookie: {
      name: "qp_toast",
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: isProduction() && !config().INSECURE_COOKIES,
      secrets: sessionSecrets(),
    },
  });

/**
 * `reloadDocument`: a full page load rather than a client-side navigation, for an action that
 * changes the page's language (the browser holds the texts of one language only, ADR 023).
 */
export async function redirectWithToast(
  url: string,
  toast: Toast,
  init: ResponseInit = {},
  { reloadDocument = false }: { reloadDocument?: boolean } = {},
) {
  const storage = toastStorage();
  const session = await storage.getSession();
  session.flash("toast", toast);
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", await storage.commitSession(session));
  return (reloadDocument ? redirectDocument : redirect)(url, { ...init, headers });
}

/** A toast that says one sentence of the catalogue in the reader's language. */
export function toastOf(
  locale: Locale,
  type: Toast["type"],
  key: MessageKey,
  values: Record<string, string | number> = {},
): Toast {
  return { type, message: translate(locale, key, values) };
}

/** Reads and clears the pending toast; the returned header must go on the response. */
export async function takeToast(request: Request): Promise<{ toast: Toast | null; setCookie: string | null }> {
  const storage = toastStorage();
  const session = await storage.getSession(request.headers.get("Cookie"));
  const toast = (session.get("toast") as Toast | undefined) ?? null;
  return { toast, setCookie: toast ? await storage.commitSession(session) : null };
}
