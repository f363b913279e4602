// The body of an error page: what happened, in the user's language, and a way back — to the menu
// section the address belongs to (its longest matching menu entry) and to the home page.
import { isRouteErrorResponse, Link, useLocation, useRouteLoaderData } from "@remix-run/react";
import type { ShellData } from "~/components/app-shell";
import { translate, type Locale, type MessageKey } from "~/utils/i18n";

function errorTexts(error: unknown, locale: Locale): { title: string; hint: string | null } {
  const texts = (title: MessageKey, hint: MessageKey | null = null) => ({
    title: translate(locale, title),
    hint: hint && translate(locale, hint),
  });
  if (!isRouteErrorResponse(error)) return texts("errors.generic");
  if (error.status === 404) return texts("errors.notFound", "errors.notFoundHint");
  if (error.status === 403) return texts("errors.forbidden", "errors.forbiddenHint");
  // A 4xx thrown with a sentence already written for people (e.g. a refused download).
  if (typeof error.data === "string" && error.status < 500 && error.data.trim())
    return { title: error.data, hint: null };
  return texts("errors.generic");
}

export function RouteErrorCard({ error, locale }: { error: unknown; locale: Locale }) {
  const shell = useRouteLoaderData<ShellData>("root");
  const { pathname } = useLocation();
  const { title, hint } = errorTexts(error, locale);
  const section = (shell?.navigation ?? [])
    .filter((item) => item.label !== "nav.home" && pathname.startsWith(item.to) && pathname !== item.to)
    .sort((a, b) => b.to.length - a.to.length)[0];
  return (
    <div className="card error-card">
      <h1>{title}</h1>
      {hint ? <p>{hint}</p> : null}
      <p className="row-actions">
        {section ? (
          <Link className="button" to={section.to}>
            {translate(locale, "errors.backTo", { section: translate(locale, section.label) })}
          </Link>
        ) : null}
        <Link className={section ? "button button-secondary" : "button"} to="/">
          {translate(locale, "errors.backHome")}
        </Link>
      </p>
    </div>
  );
}
