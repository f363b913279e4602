// The form controls of every page: a visible label, the hint and the errors tied to the control so
// screen readers announce them, and the same markup (and so the same styles) everywhere.
import { useId } from "react";
import { useTranslation } from "../use-translation";

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

/** Ids that tie a control to its hint and errors, so screen readers announce them. */
function useFieldIds(explicitId: string | undefined, errors: string[] | null | undefined, hint: string | undefined) {
  const fallbackId = useId();
  const id = explicitId ?? fallbackId;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return { id, errorId, hintId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

/** The frame of a labelled control: the label above, the hint, the control, and its errors. */
function LabelledControl({
  id,
  label,
  hint,
  hintId,
  errors,
  errorId,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  hintId?: string;
  errors?: string[] | null;
  errorId?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="muted" style={{ margin: 0 }}>
          {hint}
        </p>
      ) : null}
      {children}
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

/** A labelled input with its errors announced to screen readers. */
export function Field({ label, inputProps, errors, hint }: FieldProps) {
  const { key, ...props } = inputProps;
  const { id, errorId, hintId, describedBy } = useFieldIds(props.id, errors, hint);
  return (
    <LabelledControl id={id} label={label} hint={hint} hintId={hintId} errors={errors} errorId={errorId}>
      <input key={key} id={id} {...props} aria-invalid={errorId ? true : undefined} aria-describedby={describedBy} />
    </LabelledControl>
  );
}

/** A checkbox with its label beside it (the label is the click target, as on a phone). */
export function CheckboxField({ label, inputProps, errors, hint }: FieldProps) {
  const { key, ...props } = inputProps;
  const { id, errorId, hintId, describedBy } = useFieldIds(props.id, errors, hint);
  return (
    <div className="field field-checkbox">
      <label htmlFor={id}>
        <input key={key} id={id} type="checkbox" {...props} aria-describedby={describedBy} />
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

interface SelectFieldProps {
  label: string;
  selectProps: React.SelectHTMLAttributes<HTMLSelectElement> & { key?: string | undefined };
  errors?: string[] | null;
  children: React.ReactNode;
}

interface TextareaFieldProps {
  label: string;
  textareaProps: React.TextareaHTMLAttributes<HTMLTextAreaElement> & { key?: string | undefined };
  errors?: string[] | null;
  hint?: string;
}

/** A labelled multi-line text, its errors announced like a single-line field's. */
export function TextareaField({ label, textareaProps, errors, hint }: TextareaFieldProps) {
  const { key, ...props } = textareaProps;
  const { id, errorId, hintId, describedBy } = useFieldIds(props.id, errors, hint);
  return (
    <LabelledControl id={id} label={label} hint={hint} hintId={hintId} errors={errors} errorId={errorId}>
      <textarea key={key} id={id} {...props} aria-invalid={errorId ? true : undefined} aria-describedby={describedBy} />
    </LabelledControl>
  );
}

export function SelectField({ label, selectProps, errors, children }: SelectFieldProps) {
  const { key, ...props } = selectProps;
  const { id, errorId } = useFieldIds(props.id, errors, undefined);
  return (
    <LabelledControl id={id} label={label} errors={errors} errorId={errorId}>
      <select key={key} id={id} {...props} aria-invalid={errorId ? true : undefined} aria-describedby={errorId}>
        {children}
      </select>
    </LabelledControl>
  );
}
