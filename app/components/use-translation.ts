import { useRouteLoaderData } from "@remix-run/react";
import { translate, translateError, type Locale, type MessageKey } from "~/utils/i18n";

export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale: Locale }>("root");
  return data?.locale ?? "fr";
}

export function useTranslation() {
  const locale = useLocale();
  return {
    locale,
    t: (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values),
    tError: (message: string) => translateError(locale, message),
  };
}
