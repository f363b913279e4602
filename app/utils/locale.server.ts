import { createCookie } from "@remix-run/node";
import { localeFromAcceptLanguage, type Locale } from "./i18n";

// Visitors who are not logged in keep their language choice in a cookie; users in their profile.
export const localeCookie = createCookie("qp_locale", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 365 * 24 * 3600,
});

export async function visitorLocale(request: Request): Promise<Locale> {
  const chosen = await localeCookie.parse(request.headers.get("Cookie"));
  if (chosen === "fr" || chosen === "en") return chosen;
  return localeFromAcceptLanguage(request.headers.get("Accept-Language"));
}
