import { useId } from "react";
import { useTranslation } from "./use-translation";

export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
  const { tError } = useTranslation();
  if (!errors?.length) return null;
  return (
    <div id={id}>
      {errors.map((error) => (
        <p key={error} className="field-error">
          {tError(error)}
        </p>
      ))}
    </div>
  );
}

interface FieldProps {
  label: string;
  inputProps: React.InputHTMLAttributes<HTMLInputElement> & { key?: string | undefined };
  errors?: string[] | null;
  hint?: string;
}

/** A labelled input with its errors announced to screen readers. */
export function Field({ label, inputProps, errors, hint }: FieldProps) {
  const fallbackId = useId();
  const { key, ...props } = inputProps;
  const id = props.id ?? fallbackId;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="muted" style={{ margin: 0 }}>
          {hint}
        </p>
      ) : null}
      <input
        key={key}
        id={id}
        {...props}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      />
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

interface SelectFieldProps {
  label: string;
  selectProps: React.SelectHTMLAttributes<HTMLSelectElement> & { key?: string | undefined };
  errors?: string[] | null;
  children: React.ReactNode;
}

export function SelectField({ label, selectProps, errors, children }: SelectFieldProps) {
  const fallbackId = useId();
  const { key, ...props } = selectProps;
  const id = props.id ?? fallbackId;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select key={key} id={id} {...props} aria-invalid={errorId ? true : undefined} aria-describedby={errorId}>
        {children}
      </select>
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}
