// Which language an e-mail is written in: the recipient's own when they are a user (their profile's
// language), the association's otherwise (a member's contact or billing address has no account).
// One message per language, so that nobody reads another person's language.
import { localeOf, type Locale } from "~/utils/i18n";

export interface MailRecipient {
  email: string;
  /** The user's language; null or absent for an address without an account. */
  locale?: string | null;
}

/**
 * Addresses grouped by language, each address once (case-insensitive). An address that is also a
 * user's takes the user's language; the association's language comes first.
 */
export function recipientsByLocale(recipients: readonly MailRecipient[], fallback: Locale): [Locale, string[]][] {
  const chosen = new Map<string, { email: string; locale: Locale; own: boolean }>();
  for (const recipient of recipients) {
    const email = recipient.email.trim();
    if (!email) continue;
    const key = email.toLowerCase();
    const own = recipient.locale != null;
    if (chosen.get(key)?.own && !own) continue;
    chosen.set(key, { email, locale: own ? localeOf(recipient.locale) : fallback, own });
  }
  const groups = new Map<Locale, string[]>([[fallback, []]]);
  for (const { email, locale } of chosen.values()) groups.set(locale, [...(groups.get(locale) ?? []), email]);
  return [...groups].filter(([, emails]) => emails.length > 0);
}

/**
 * The outbox's dedupe key of one language's message: the association's language keeps the key the
 * message always had, another language adds itself, so each group is sent once.
 */
export function localizedDedupeKey(key: string, locale: Locale, fallback: Locale) {
  return locale === fallback ? key : `${key}:${locale}`;
}
