// A page's title and, beside it, the actions that start from this page (the buttons a user looks
// for next to the title of a list: "Nouvelle facture", "Enregistrer un paiement"…).
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

/** A page the list leads to: the first is the page's main action, the others secondary ones. */
export type HeadingLink = { to: string; label: ReactNode };

export function PageHeading({
  title,
  actions,
  links,
}: {
  title: ReactNode;
  actions?: ReactNode;
  /** The actions as links, when they are all links (else `actions`). */
  links?: HeadingLink[];
}) {
  const linkActions = links?.map((link, index) => (
    <Link key={link.to} to={link.to} className={index === 0 ? "button" : "button button-secondary"}>
      {link.label}
    </Link>
  ));
  const shown = actions ?? linkActions;
  return (
    <div className="page-heading">
      <h1>{title}</h1>
      {shown ? <div className="row-actions">{shown}</div> : null}
    </div>
  );
}
