// A page's title and, beside it, the actions that start from this page (the buttons a user looks
// for next to the title of a list: "Nouvelle facture", "Enregistrer un paiement"…).
import type { ReactNode } from "react";

export function PageHeading({ title, actions }: { title: ReactNode; actions?: ReactNode }) {
  return (
    <div className="page-heading">
      <h1>{title}</h1>
      {actions ? <div className="row-actions">{actions}</div> : null}
    </div>
  );
}
