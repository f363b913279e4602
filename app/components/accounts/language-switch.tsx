import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";

/** For visitors not logged in: each language is named in itself, so anyone can find theirs. */
export function LanguageSwitch() {
  const { t, locale } = useTranslation();
  const location = useLocation();
  return (
    <Form method="post" action="/langue" className="language-switch" aria-label={t("nav.language")}>
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <span className="muted">{t("nav.language")}</span>
      <button type="submit" name="locale" value="fr" className="link-button" lang="fr" aria-pressed={locale === "fr"}>
        Français
      </button>
      <button type="submit" name="locale" value="en" className="link-button" lang="en" aria-pressed={locale === "en"}>
        English
      </button>
    </Form>
  );
}
