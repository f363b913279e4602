// A quantity or an amount typed the French way, with a decimal comma ("12,50"): a text input, since a
// number input refuses the comma, that brings up the decimal keypad on a phone. The schema parses it.
import { Field, type BoundField } from "~/components/ui/field";

export function DecimalField<Schema>({
  field,
  label,
  hint,
}: {
  field: BoundField<Schema>;
  label: string;
  hint?: string;
}) {
  return <Field field={field} label={label} hint={hint} inputProps={{ inputMode: "decimal" }} />;
}
