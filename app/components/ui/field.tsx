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

/**
 * A control given either a conform field, its extra attributes in `Extra` (and the options only a
 * bound control takes in `BoundOnly`), or its attributes in `Extra` and its errors by hand.
 */
type BoundOrByHand<Schema, Extra extends string, Attributes, BoundOnly = object> =
  | ({ field: BoundField<Schema>; errors?: never } & BoundOnly & { [Key in Extra]?: Attributes })
  | ({ field?: never; errors?: string[] | null } & { [Key in keyof BoundOnly]?: never } & {
      [Key in Extra]: Attributes;
    });

/** Ids that tie a control to its hint and errors, so screen readers announce them. */
function useFieldIds(explicitId: string | undefined, errors: string[] | null | undefined, hint: string | undefined) {
  const fallbackId = useId();
  const id = explicitId ?? fallbackId;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return { id, errorId, hintId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

/**
 * What every control reads the same way: its attributes (conform's for its field, then the extra
 * ones; or those given by hand), its errors, and the ids tying it to its hint and errors.
 */
function useControl<Schema, Attributes extends { id?: string; key?: string | undefined }>(
  control: { field?: BoundField<Schema>; errors?: string[] | null },
  extra: Attributes | undefined,
  conformAttributes: (field: BoundField<Schema>) => Attributes,
  hint: string | undefined,
) {
  const { key, ...attributes } = control.field
    ? { ...conformAttributes(control.field), ...extra }
    : (extra ?? ({} as Attributes));
  const errors = control.field ? control.field.errors : control.errors;
  const ids = useFieldIds(attributes.id, errors, hint);
  return { key, attributes, errors, ...ids };
}

type Control = ReturnType<typeof useControl>;

/** The attributes of a labelled control: its own, then the ids and the error state screen readers read. */
function labelledAttributes({ attributes, id, errorId, describedBy }: Control) {
  return { id, ...attributes, "aria-invalid": errorId ? true : undefined, "aria-describedby": describedBy };
}

/** The frame of a labelled control: the label above, the hint, the control, and its errors. */
function LabelledControl({
  label,
  hint,
  control: { id, hintId, errors, errorId },
  children,
}: Labelled & { control: Control; children: React.ReactNode }) {
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

/** Either a conform field (extra attributes in `inputProps`) or the input's props and errors by hand. */
type FieldProps<Schema> = Labelled & BoundOrByHand<Schema, "inputProps", InputAttributes, { type?: TextInputType }>;

/** A labelled input with its errors announced to screen readers. */
export function Field<Schema>({ label, hint, ...props }: FieldProps<Schema>) {
  const control = useControl(
    props,
    props.inputProps,
    (field) => getInputProps(field, { type: props.type ?? "text" }),
    hint,
  );
  return (
    <LabelledControl label={label} hint={hint} control={control}>
      <input key={control.key} {...labelledAttributes(control)} />
    </LabelledControl>
  );
}

type CheckboxFieldProps<Schema> = Labelled & BoundOrByHand<Schema, "inputProps", InputAttributes>;

/** A checkbox with its label beside it (the label is the click target, as on a phone). */
export function CheckboxField<Schema>({ label, hint, ...props }: CheckboxFieldProps<Schema>) {
  const control = useControl(props, props.inputProps, (field) => getInputProps(field, { type: "checkbox" }), hint);
  const { id, hintId, errorId } = control;
  return (
    <div className="field field-checkbox">
      <label htmlFor={id}>
        <input
          key={control.key}
          id={id}
          type="checkbox"
          {...control.attributes}
          aria-describedby={control.describedBy}
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <p id={hintId} className="muted">
          {hint}
        </p>
      ) : null}
      <ErrorList id={errorId} errors={control.errors} />
    </div>
  );
}

type TextareaFieldProps<Schema> = Labelled & BoundOrByHand<Schema, "textareaProps", TextareaAttributes>;

/** A labelled multi-line text, its errors announced like a single-line field's. */
export function TextareaField<Schema>({ label, hint, ...props }: TextareaFieldProps<Schema>) {
  const control = useControl(props, props.textareaProps, getTextareaProps, hint);
  return (
    <LabelledControl label={label} hint={hint} control={control}>
      <textarea key={control.key} {...labelledAttributes(control)} />
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
} & BoundOrByHand<Schema, "selectProps", SelectAttributes>;

export function SelectField<Schema>({
  label,
  hint,
  options,
  placeholder,
  children,
  ...props
}: SelectFieldProps<Schema>) {
  const control = useControl(props, props.selectProps, getSelectProps, hint);
  return (
    <LabelledControl label={label} hint={hint} control={control}>
      <select key={control.key} {...labelledAttributes(control)}>
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
