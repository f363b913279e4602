import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { CheckboxField, ErrorList, Field, SelectField, TextareaField } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { MemberSchema, memberStatuses, type MemberStatusName } from "~/domain/members/member.schema";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";

export interface MemberFormValues {
  name: string;
  siren: string | null;
  siret: string | null;
  addressLine1: string;
  addressLine2: string;
  postalCode: string;
  city: string;
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
      <Field
        label={t("members.field.name")}
        inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "organization" }}
        errors={fields.name.errors}
      />
      <div className="grid grid-2">
        <Field
          label={t("members.field.siren")}
          hint={t("members.hint.siren")}
          inputProps={{ ...getInputProps(fields.siren, { type: "text" }), inputMode: "numeric" }}
          errors={fields.siren.errors}
        />
        <Field
          label={t("members.field.siret")}
          hint={t("members.hint.siret")}
          inputProps={{ ...getInputProps(fields.siret, { type: "text" }), inputMode: "numeric" }}
          errors={fields.siret.errors}
        />
      </div>
      <Field
        label={t("members.field.addressLine1")}
        inputProps={{ ...getInputProps(fields.addressLine1, { type: "text" }), autoComplete: "address-line1" }}
        errors={fields.addressLine1.errors}
      />
      <Field
        label={t("members.field.addressLine2")}
        inputProps={{ ...getInputProps(fields.addressLine2, { type: "text" }), autoComplete: "address-line2" }}
        errors={fields.addressLine2.errors}
      />
      <div className="grid grid-2">
        <Field
          label={t("members.field.postalCode")}
          inputProps={{ ...getInputProps(fields.postalCode, { type: "text" }), autoComplete: "postal-code" }}
          errors={fields.postalCode.errors}
        />
        <Field
          label={t("members.field.city")}
          inputProps={{ ...getInputProps(fields.city, { type: "text" }), autoComplete: "address-level2" }}
          errors={fields.city.errors}
        />
      </div>
      <div className="grid grid-2">
        <Field
          label={t("members.field.billingEmail")}
          inputProps={{ ...getInputProps(fields.billingEmail, { type: "email" }) }}
          errors={fields.billingEmail.errors}
        />
        <Field
          label={t("members.field.phone")}
          inputProps={{ ...getInputProps(fields.phone, { type: "tel" }) }}
          errors={fields.phone.errors}
        />
      </div>
      <CheckboxField
        label={t("members.field.isProfessional")}
        hint={t("members.hint.isProfessional")}
        inputProps={getInputProps(fields.isProfessional, { type: "checkbox" })}
        errors={fields.isProfessional.errors}
      />
      <SelectField
        label={t("members.field.status")}
        selectProps={getSelectProps(fields.status)}
        errors={fields.status.errors}
      >
        {memberStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`members.status.${status}`)}
          </option>
        ))}
      </SelectField>
      <TextareaField
        label={t("members.field.notes")}
        textareaProps={{ ...getTextareaProps(fields.notes), rows: 4 }}
        errors={fields.notes.errors}
      />
      <div>
        <SubmitButton className="button">{submitLabel}</SubmitButton>
      </div>
    </Form>
  );
}
