// What the e-invoicing platform connections (the PA, Chorus Pro) share on the settings page: the
// card with its title, intro and save button, and the write-only secrets.
import { getFormProps, type FieldMetadata, type FormMetadata } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorList, Field } from "~/components/ui/field";

export function ConnectionForm({
  form,
  intent,
  title,
  intro,
  saveLabel,
  children,
}: {
  form: FormMetadata<Record<string, unknown>, string[]>;
  intent: string;
  title: string;
  intro: string;
  saveLabel: string;
  children: ReactNode;
}) {
  return (
    <Form method="post" className="card stack" {...getFormProps(form)}>
      <h2>{title}</h2>
      <p className="muted">{intro}</p>
      <input type="hidden" name="intent" value={intent} />
      <ErrorList id={form.errorId} errors={form.errors} />
      {children}
      <div>
        <button type="submit" className="button button-secondary">
          {saveLabel}
        </button>
      </div>
    </Form>
  );
}

/** A secret the page never shows back (empty keeps the stored one); the hint says whether one is stored. */
export function SecretField({ field, label, hint }: { field: FieldMetadata<string>; label: string; hint: string }) {
  return (
    <Field
      field={field}
      type="password"
      label={label}
      hint={hint}
      inputProps={{ autoComplete: "new-password", defaultValue: "" }}
    />
  );
}
