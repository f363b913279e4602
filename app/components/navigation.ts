import type { MessageKey } from "~/utils/i18n";
import { can, homePathFor, type RoleName } from "~/utils/permissions";

export interface NavItem {
  to: string;
  label: MessageKey;
  /** Active only on its own address: set when another entry lives under it (/planning and /planning/demandes). */
  end?: boolean;
}

/** The navigation a role sees; each later feature adds its entry here. */
export function navigationFor(role: RoleName, options: { localMailbox: boolean; isMemberAdmin?: boolean }): NavItem[] {
  const items: NavItem[] = [{ to: homePathFor(role), label: "nav.home" }];
  if (can(role, "schedule:manage"))
    items.push({ to: "/planning", label: "nav.planning" }, { to: "/planning/demandes", label: "nav.requests" });
  if (can(role, "requests:read-own"))
    items.push(
      { to: "/espace-membre/demandes", label: "nav.myRequests" },
      { to: "/espace-membre/interventions", label: "nav.myInterventions" },
    );
  if (can(role, "balance:read-own")) items.push({ to: "/espace-membre/solde", label: "nav.myBalance" });
  if (can(role, "time:log")) items.push({ to: "/technicien/temps", label: "nav.myTime" });
  if (can(role, "members:read")) items.push({ to: "/structures", label: "nav.members" });
  if (can(role, "subscriptions:manage")) items.push({ to: "/souscriptions", label: "nav.subscriptions" });
  if (can(role, "balances:read-all")) items.push({ to: "/soldes", label: "nav.balances" });
  if (can(role, "invoices:manage")) items.push({ to: "/factures", label: "nav.invoices" });
  if (can(role, "invoices:read-own"))
    items.push(
      { to: "/espace-membre/factures", label: "nav.myInvoices" },
      { to: "/espace-membre/releve", label: "statement.myTitle" },
    );
  if (can(role, "payments:manage"))
    items.push({ to: "/paiements", label: "nav.payments" }, { to: "/paiements/impayes", label: "nav.unpaid" });
  if (can(role, "capacity:read")) items.push({ to: "/capacite", label: "nav.capacity" });
  if (can(role, "technicians:manage")) items.push({ to: "/techniciens", label: "nav.technicians" });
  if (can(role, "association:configure")) items.push({ to: "/admin/periodes", label: "nav.periods" });
  if (can(role, "association:configure")) items.push({ to: "/admin/parametres", label: "nav.settings" });
  if (can(role, "users:invite")) items.push({ to: "/admin/utilisateurs", label: "nav.users" });
  if (options.localMailbox && can(role, "mailbox:read")) items.push({ to: "/admin/courriels", label: "nav.mailbox" });
  if (can(role, "member-colleagues:invite", { isMemberAdmin: options.isMemberAdmin }))
    items.push({ to: "/espace-membre/collegues", label: "nav.colleagues" });
  items.push({ to: "/profil", label: "nav.profile" });
  return withExactMatches(items);
}

/** One tab highlighted at a time: an entry that is the parent of another matches its own address only. */
export function withExactMatches(items: NavItem[]): NavItem[] {
  return items.map((item) => ({
    ...item,
    end: item.to === "/" || items.some((other) => other !== item && other.to.startsWith(`${item.to}/`)),
  }));
}
