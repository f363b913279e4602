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
import type { z } from "zod";
import { CheckboxField, ErrorList, Field, SelectField, TextareaField } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import {
  EditSubscriptionSchema,
  NewSubscriptionSchema,
  billingSchedules,
} from "~/domain/subscriptions/subscription.schema";
import { formatCents } from "~/utils/format";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";

type Option = { id: string; label: string };

const validateCreate = (formData: FormData) => parseWithZod(formData, { schema: NewSubscriptionSchema });
const validateEdit = (formData: FormData) => parseWithZod(formData, { schema: EditSubscriptionSchema });

interface SubscriptionFormProps {
  lastResult?: SubmissionResult<string[]> | null;
  sharePriceCents: number;
  daysPerShare: number;
  /** Create mode: choose the member and the period. Edit mode: they are fixed. */
  choices?: {
    members: { id: string; name: string }[];
    periods: Option[];
    defaultPeriodId: string | null;
    defaultMemberId: string | null;
  };
  defaultValue?: {
    shares: string;
    price: string;
    billingSchedule: string;
    startDate: string;
    endDate: string;
    overrideNote: string;
  };
  submitLabel: string;
}

export function SubscriptionForm({
  lastResult,
  sharePriceCents,
  daysPerShare,
  choices,
  defaultValue,
  submitLabel,
}: SubscriptionFormProps) {
  const { t, locale } = useTranslation();
  // Typed with the create schema, a superset of the edit one (which has no member or period).
  const [form, fields] = useForm<
    z.input<typeof NewSubscriptionSchema>,
    z.output<typeof NewSubscriptionSchema>,
    string[]
  >({
    lastResult,
    defaultValue: defaultValue ?? {
      periodId: choices?.defaultPeriodId ?? "",
      memberId: choices?.defaultMemberId ?? "",
      billingSchedule: "ANNUAL",
    },
    // The edit schema's submission has the same fields minus member and period.
    onValidate: ({ formData }) =>
      choices ? validateCreate(formData) : (validateEdit(formData) as unknown as ReturnType<typeof validateCreate>),
    shouldValidate: "onBlur",
  });
  return (
    <Form method="post" className="stack" {...getFormProps(form)}>
      <SubmissionKeyField />
      <ErrorList id={form.errorId} errors={form.errors} />
      {choices ? (
        <div className="grid grid-2">
          <SelectField
            label={t("subscriptions.field.member")}
            selectProps={getSelectProps(fields.memberId)}
            errors={fields.memberId.errors}
          >
            <option value="">{t("subscriptions.chooseMember")}</option>
            {choices.members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("subscriptions.field.period")}
            selectProps={getSelectProps(fields.periodId)}
            errors={fields.periodId.errors}
          >
            {choices.periods.map((period) => (
              <option key={period.id} value={period.id}>
                {period.label}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      <div className="grid grid-2">
        <Field
          label={t("subscriptions.field.shares")}
          hint={t("subscriptions.hint.shares", { days: daysPerShare })}
          inputProps={{ ...getInputProps(fields.shares, { type: "text" }), inputMode: "decimal" }}
          errors={fields.shares.errors}
        />
        <Field
          label={t("subscriptions.field.price")}
          hint={t("subscriptions.hint.price", { price: formatCents(sharePriceCents, locale) })}
          inputProps={{ ...getInputProps(fields.price, { type: "text" }), inputMode: "decimal" }}
          errors={fields.price.errors}
        />
      </div>
      <SelectField
        label={t("subscriptions.field.schedule")}
        selectProps={getSelectProps(fields.billingSchedule)}
        errors={fields.billingSchedule.errors}
      >
        {billingSchedules.map((schedule) => (
          <option key={schedule} value={schedule}>
            {t(`subscriptions.schedule.${schedule}`)}
          </option>
        ))}
      </SelectField>
      <div className="grid grid-2">
        <Field
          label={t("subscriptions.field.startDate")}
          hint={t("subscriptions.hint.startDate")}
          inputProps={getInputProps(fields.startDate, { type: "date" })}
          errors={fields.startDate.errors}
        />
        <Field
          label={t("subscriptions.field.endDate")}
          hint={t("subscriptions.hint.endDate")}
          inputProps={getInputProps(fields.endDate, { type: "date" })}
          errors={fields.endDate.errors}
        />
      </div>
      <fieldset className="capacity-override">
        <legend>{t("subscriptions.capacity")}</legend>
        <CheckboxField
          label={t("subscriptions.field.override")}
          hint={t("subscriptions.hint.override")}
          inputProps={getInputProps(fields.capacityOverride, { type: "checkbox" })}
          errors={fields.capacityOverride.errors}
        />
        <TextareaField
          label={t("subscriptions.field.overrideNote")}
          textareaProps={{ ...getTextareaProps(fields.overrideNote), rows: 2 }}
          errors={fields.overrideNote.errors}
        />
      </fieldset>
      <div>
        <SubmitButton className="button">{submitLabel}</SubmitButton>
      </div>
    </Form>
  );
}
