import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { CheckboxField, ErrorList, Field, SelectField, TextareaField } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import type { MemberNameAndAddress } from "~/domain/members/member-name-and-address";
import { MemberSchema, memberStatuses, type MemberStatusName } from "~/domain/members/member.schema";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";

export interface MemberFormValues extends MemberNameAndAddress {
  billingEmail: string;
  phone: string;
  isProfessional: boolean;
  status: MemberStatusName;
  notes: string;
}

/** Create and edit form of a member organisation; works as a plain form post before JS loads. */
export function MemberForm({
  defaultValue,
  lastResult,
  submitLabel,
}: {
  defaultValue?: MemberFormValues;
  lastResult?: SubmissionResult<string[]> | null;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: defaultValue
      ? {
          ...defaultValue,
          siren: defaultValue.siren ?? "",
          siret: defaultValue.siret ?? "",
          isProfessional: defaultValue.isProfessional ? "on" : "",
        }
      : { status: "ACTIVE" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: MemberSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <Form method="post" className="stack" {...getFormProps(form)}>
      <SubmissionKeyField />
      <input type="hidden" name="intent" value="save-member" />
      <ErrorList id={form.errorId} errors={form.errors} />
      <Field field={fields.name} label={t("members.field.name")} inputProps={{ autoComplete: "organization" }} />
      <div className="grid grid-2">
        <Field
          field={fields.siren}
          label={t("members.field.siren")}
          hint={t("members.hint.siren")}
          inputProps={{ inputMode: "numeric" }}
        />
        <Field
          field={fields.siret}
          label={t("members.field.siret")}
          hint={t("members.hint.siret")}
          inputProps={{ inputMode: "numeric" }}
        />
      </div>
      <Field
        field={fields.addressLine1}
        label={t("members.field.addressLine1")}
        inputProps={{ autoComplete: "address-line1" }}
      />
      <Field
        field={fields.addressLine2}
        label={t("members.field.addressLine2")}
        inputProps={{ autoComplete: "address-line2" }}
      />
      <div className="grid grid-2">
        <Field
          field={fields.postalCode}
          label={t("members.field.postalCode")}
          inputProps={{ autoComplete: "postal-code" }}
        />
        <Field field={fields.city} label={t("members.field.city")} inputProps={{ autoComplete: "address-level2" }} />
      </div>
      <div className="grid grid-2">
        <Field field={fields.billingEmail} type="email" label={t("members.field.billingEmail")} />
        <Field field={fields.phone} type="tel" label={t("members.field.phone")} />
      </div>
      <CheckboxField
        field={fields.isProfessional}
        label={t("members.field.isProfessional")}
        hint={t("members.hint.isProfessional")}
      />
      <SelectField
        field={fields.status}
        label={t("members.field.status")}
        options={memberStatuses.map((status) => ({ value: status, label: t(`members.status.${status}`) }))}
      />
      <TextareaField field={fields.notes} label={t("members.field.notes")} textareaProps={{ rows: 4 }} />
      <div>
        <SubmitButton className="button">{submitLabel}</SubmitButton>
      </div>
    </Form>
  );
}
