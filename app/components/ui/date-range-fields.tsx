// A span of days typed as its first and last day (a subscription, a technician's contract, an
// absence): two date fields side by side in the form's grid, each with its label and, where the
// page says what an empty or equal day means, its hint.
import { Field, type BoundField } from "~/components/ui/field";

/** One end of the span: its field, its label, and its hint if any. */
type DayField<Schema> = { field: BoundField<Schema>; label: string; hint?: string };

export function DateRangeFields<Start, End>({ start, end }: { start: DayField<Start>; end: DayField<End> }) {
  return (
    <>
      <Field field={start.field} type="date" label={start.label} hint={start.hint} />
      <Field field={end.field} type="date" label={end.label} hint={end.hint} />
    </>
  );
}
