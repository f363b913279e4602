// The form controls of every page: a visible label, the hint and the errors tied to the control so
// screen readers announce them, and the same markup (and so the same styles) everywhere.
// A control is given either a conform field (`field={fields.name}`: its name, id, default value,
// constraints and errors come from the form's metadata) or, for the few forms conform does not
// drive, its props and errors by hand.
import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { useId } from "react";
import { useTranslation } from "../use-translation";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a control reads its own field; the form's schema and error type do not matter to it
export type BoundField<Schema> = FieldMetadata<Schema, any, any>;

type InputAttributes = React.InputHTMLAttributes<HTMLInputElement> & { key?: string | undefined };
type SelectAttributes = React.SelectHTMLAttributes<HTMLSelectElement> & { key?: string | undefined };
type TextareaAttributes = React.TextareaHTMLAttributes<HTMLTextAreaElement> & { key?: string | undefined };

/** The input types a labelled text-like field takes (checkboxes have their own component). */
type TextInputType = Exclude<Parameters<typeof getInputProps>[1]["type"], "checkbox" | "radio" | "hidden">;

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

type Labelled = { label: string; hint?: string };

/** Either a conform field (extra attributes in `inputProps`) or the input's props and errors by hand. */
type FieldProps<Schema> = Labelled &
  (
    | { field: BoundField<Schema>; type?: TextInputType; inputProps?: InputAttributes; errors?: never }
    | { field?: never; type?: never; inputProps: InputAttributes; errors?: string[] | null }
  );

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
export function Field<Schema>({ label, hint, ...control }: FieldProps<Schema>) {
  const { key, ...props } = control.field
    ? { ...getInputProps(control.field, { type: control.type ?? "text" }), ...control.inputProps }
    : (control.inputProps ?? {});
  const errors = control.field ? control.field.errors : control.errors;
  const { id, errorId, hintId, describedBy } = useFieldIds(props.id, errors, hint);
  return (
    <LabelledControl id={id} label={label} hint={hint} hintId={hintId} errors={errors} errorId={errorId}>
      <input key={key} id={id} {...props} aria-invalid={errorId ? true : undefined} aria-describedby={describedBy} />
    </LabelledControl>
  );
}

type CheckboxFieldProps<Schema> = Labelled &
  (
    | { field: BoundField<Schema>; inputProps?: InputAttributes; errors?: never }
    | { field?: never; inputProps: InputAttributes; errors?: string[] | null }
  );

/** A checkbox with its label beside it (the label is the click target, as on a phone). */
export function CheckboxField<Schema>({ label, hint, ...control }: CheckboxFieldProps<Schema>) {
  const { key, ...props } = control.field
    ? { ...getInputProps(control.field, { type: "checkbox" }), ...control.inputProps }
    : (control.inputProps ?? {});
  const errors = control.field ? control.field.errors : control.errors;
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

type TextareaFieldProps<Schema> = Labelled &
  (
    | { field: BoundField<Schema>; textareaProps?: TextareaAttributes; errors?: never }
    | { field?: never; textareaProps: TextareaAttributes; errors?: string[] | null }
  );

/** A labelled multi-line text, its errors announced like a single-line field's. */
export function TextareaField<Schema>({ label, hint, ...control }: TextareaFieldProps<Schema>) {
  const { key, ...props } = control.field
    ? { ...getTextareaProps(control.field), ...control.textareaProps }
    : (control.textareaProps ?? {});
  const errors = control.field ? control.field.errors : control.errors;
  const { id, errorId, hintId, describedBy } = useFieldIds(props.id, errors, hint);
  return (
    <LabelledControl id={id} label={label} hint={hint} hintId={hintId} errors={errors} errorId={errorId}>
      <textarea key={key} id={id} {...props} aria-invalid={errorId ? true : undefined} aria-describedby={describedBy} />
    </LabelledControl>
  );
}

/** A choice of a select: its submitted value and what the person reads. */
export type SelectOption = { value: string; label: string };

type SelectFieldProps<Schema> = Labelled & {
  /** The choices, after the `placeholder` one; `children` may add or replace them. */
  options?: readonly SelectOption[];
  /** The text of a first choice with an empty value ("none", "choose…"). */
  placeholder?: string;
  children?: React.ReactNode;
} & (
    | { field: BoundField<Schema>; selectProps?: SelectAttributes; errors?: never }
    | { field?: never; selectProps: SelectAttributes; errors?: string[] | null }
  );

export function SelectField<Schema>({
  label,
  hint,
  options,
  placeholder,
  children,
  ...control
}: SelectFieldProps<Schema>) {
  const { key, ...props } = control.field
    ? { ...getSelectProps(control.field), ...control.selectProps }
    : (control.selectProps ?? {});
  const errors = control.field ? control.field.errors : control.errors;
  const { id, errorId, hintId, describedBy } = useFieldIds(props.id, errors, hint);
  return (
    <LabelledControl id={id} label={label} hint={hint} hintId={hintId} errors={errors} errorId={errorId}>
      <select key={key} id={id} {...props} aria-invalid={errorId ? true : undefined} aria-describedby={describedBy}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </LabelledControl>
  );
}
