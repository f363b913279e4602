// The form above a list that narrows it (invoices by state, payments by member and date…) or chooses
// what the page shows (a period, a member): a GET form, so the choice is in the address and the
// back button, with its fields in a row and one button that applies them.
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";

type FilterBarProps = {
  /** The text of the button that applies the fields. */
  submitLabel: ReactNode;
  /** It filters the list below (announced as a search), rather than choosing what the page shows. */
  search?: boolean;
  children: ReactNode;
};

export function FilterBar({ submitLabel, search = false, children }: FilterBarProps) {
  return (
    <Form method="get" className="card filter-bar" role={search ? "search" : undefined}>
      {children}
      <button type="submit" className="button button-secondary">
        {submitLabel}
      </button>
    </Form>
  );
}
