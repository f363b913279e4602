// The pages reached by a one-time token in their address (an invitation, a password reset): the
// token is the credential, so no link followed from the page may carry the address away in its
// Referer header.
import type { MetaFunction } from "@remix-run/node";
import type { MessageKey } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";

/** `export const meta = tokenPageMeta("title.invitation")`: the page's title, and no referrer. */
export function tokenPageMeta(title: MessageKey): MetaFunction {
  return ({ matches }) => [pageTitle(matches, title), { name: "referrer", content: "no-referrer" }];
}
