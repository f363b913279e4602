// What the e-invoicing platform connections (the PA, Chorus Pro) share on the settings page: the
// card with its title, intro and save button, the addresses of the platform's APIs, and the
// write-only secrets.
import { getFormProps, type FieldMetadata, type FormMetadata } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorList, Field } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import type { MessageKey } from "~/utils/i18n";

/** An address of one of the platform's APIs: its field, its label and the hint that says where to find it. */
export type ApiAddressField = [field: FieldMetadata<string>, label: MessageKey, hint: MessageKey];

export function ConnectionForm({
  form,
  intent,
  title,
  intro,
  saveLabel,
  apiAddresses,
  children,
}: {
  form: FormMetadata<Record<string, unknown>, string[]>;
  intent: string;
  title: MessageKey;
  intro: MessageKey;
  saveLabel: MessageKey;
  /** Shown first, one url field each. The texts are message keys. */
  apiAddresses: ApiAddressField[];
  /** The credentials, after the addresses. */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="card stack" {...getFormProps(form)}>
      <h2>{t(title)}</h2>
      <p className="muted">{t(intro)}</p>
      <input type="hidden" name="intent" value={intent} />
      <ErrorList id={form.errorId} errors={form.errors} />
      {apiAddresses.map(([field, label, hint]) => (
        <Field key={field.name} field={field} type="url" label={t(label)} hint={t(hint)} />
      ))}
      {children}
      <div>
        <button type="submit" className="button button-secondary">
          {t(saveLabel)}
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
