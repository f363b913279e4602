// The link above a page's title back to the page it was reached from (a list, the calendar, the
// technician's day), with the arrow that says "back".
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p>
      <Link to={to}>← {children}</Link>
    </p>
  );
}
