// How an accounted figure was reached, in words a member reads next to it:
// "1 h 37 passées → 2 h décomptées (minimum sur place 1 h, arrondi à la demi-heure)".
import { formatMinutes } from "~/utils/format-durations";
import type { Locale } from "~/utils/i18n";
import type { VisitAccount } from "./visit-accounting";

const STEP_TEXT: Record<Locale, Record<number, string>> = {
  fr: { 15: "arrondi au quart d'heure", 30: "arrondi à la demi-heure", 60: "arrondi à l'heure" },
  en: { 15: "rounded up to the quarter hour", 30: "rounded up to the half hour", 60: "rounded up to the hour" },
};

function stepText(step: number, locale: Locale) {
  return STEP_TEXT[locale][step] ?? (locale === "fr" ? `arrondi aux ${step} min` : `rounded up to ${step} min`);
}

/** The reasons only: "minimum sur place 1 h, arrondi à la demi-heure", or "" when raw = accounted. */
export function accountingReasons(account: Pick<VisitAccount, "kinds">, locale: Locale = "fr"): string {
  const reasons: string[] = [];
  for (const kind of account.kinds) {
    if (kind.minimumMinutes !== null)
      reasons.push(
        locale === "fr"
          ? `minimum sur place ${formatMinutes(kind.minimumMinutes)}`
          : `on-site minimum ${formatMinutes(kind.minimumMinutes)}`,
      );
    if (kind.roundingStep !== null) reasons.push(stepText(kind.roundingStep, locale));
    if (kind.travelPercent !== null)
      reasons.push(
        locale === "fr" ? `déplacement compté à ${kind.travelPercent} %` : `travel counted at ${kind.travelPercent}%`,
      );
  }
  return [...new Set(reasons)].join(", ");
}

/** The full sentence for a visit (or any sum of raw and accounted minutes). */
export function explainAccounting(
  account: Pick<VisitAccount, "kinds" | "rawMinutes" | "accountedMinutes">,
  locale: Locale = "fr",
): string {
  const reasons = accountingReasons(account, locale);
  const head =
    locale === "fr"
      ? `${formatMinutes(account.rawMinutes)} passées → ${formatMinutes(account.accountedMinutes)} décomptées`
      : `${formatMinutes(account.rawMinutes)} spent → ${formatMinutes(account.accountedMinutes)} counted`;
  return reasons ? `${head} (${reasons})` : head;
}
