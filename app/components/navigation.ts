import type { MessageKey } from "~/utils/i18n";
import { can, homePathFor, type RoleName } from "~/utils/permissions";

export interface NavItem {
  to: string;
  label: MessageKey;
}

/** The navigation a role sees; each later feature adds its entry here. */
export function navigationFor(role: RoleName, options: { localMailbox: boolean }): NavItem[] {
  const items: NavItem[] = [{ to: homePathFor(role), label: "nav.home" }];
  if (can(role, "users:invite")) items.push({ to: "/admin/utilisateurs", label: "nav.users" });
  if (options.localMailbox && can(role, "mailbox:read")) items.push({ to: "/admin/courriels", label: "nav.mailbox" });
  items.push({ to: "/profil", label: "nav.profile" });
  return items;
}
