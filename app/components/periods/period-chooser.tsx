// The small GET form that chooses which period a page shows (the balances, the capacity): the period's
// select and the button that shows it; the choice is in the address (`?periode=`).
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { PeriodOptions } from "~/components/periods/period-options";

type PeriodChooserProps = {
  periods: readonly { id: string; label: string }[];
  selectedId: string | undefined;
  label: ReactNode;
  submitLabel: ReactNode;
  /** The form's layout class (`period-selector`, `inline-form`). */
  className: string;
};

export function PeriodChooser({ periods, selectedId, label, submitLabel, className }: PeriodChooserProps) {
  return (
    <Form method="get" className={className}>
      <label htmlFor="periode">{label}</label>
      <select id="periode" name="periode" defaultValue={selectedId}>
        <PeriodOptions periods={periods} />
      </select>
      <button type="submit" className="button button-secondary">
        {submitLabel}
      </button>
    </Form>
  );
}
