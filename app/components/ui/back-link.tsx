// The link above a page's title back to the list it belongs to ("← Factures").
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p>
      <Link to={to}>← {children}</Link>
    </p>
  );
}
