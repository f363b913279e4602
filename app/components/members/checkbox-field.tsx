import { useId } from "react";
import { ErrorList } from "~/components/forms";

interface CheckboxFieldProps {
  label: string;
  inputProps: React.InputHTMLAttributes<HTMLInputElement> & { key?: string | undefined };
  errors?: string[] | null;
  hint?: string;
}

/** A checkbox with its label beside it (the label is the click target, as on a phone). */
export function CheckboxField({ label, inputProps, errors, hint }: CheckboxFieldProps) {
  const fallbackId = useId();
  const { key, ...props } = inputProps;
  const id = props.id ?? fallbackId;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field field-checkbox">
      <label htmlFor={id}>
        <input key={key} id={id} type="checkbox" {...props} aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined} />
        <span>{label}</span>
      </label>
      {hint ? (
        <p id={hintId} className="muted">
          {hint}
        </p>
      ) : null}
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}
