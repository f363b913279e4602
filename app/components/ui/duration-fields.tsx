// A duration typed as whole hours and minutes (a time entry, a balance adjustment): two number
// fields side by side, a numeric keypad on a phone, the minutes from 0 to 59.
import { Field, type BoundField } from "~/components/ui/field";

export function DurationFields<Hours, Minutes>({
  hours,
  minutes,
  labels,
  maxHours,
  className,
}: {
  hours: BoundField<Hours>;
  minutes: BoundField<Minutes>;
  labels: { hours: string; minutes: string };
  /** The most hours one duration may hold (a working day), when there is such a bound. */
  maxHours?: number;
  /** Added to the row's own classes (a page's layout hook). */
  className?: string;
}) {
  return (
    <div className={className ? `grid grid-2 ${className}` : "grid grid-2"}>
      <Field
        field={hours}
        type="number"
        label={labels.hours}
        inputProps={{ min: 0, ...(maxHours === undefined ? {} : { max: maxHours }), inputMode: "numeric" }}
      />
      <Field
        field={minutes}
        type="number"
        label={labels.minutes}
        inputProps={{ min: 0, max: 59, inputMode: "numeric" }}
      />
    </div>
  );
}
