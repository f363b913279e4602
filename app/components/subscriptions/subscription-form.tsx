import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import type { z } from "zod";
import { CheckboxField, ErrorList, SelectField, TextareaField } from "~/components/ui/field";
import { DecimalField } from "~/components/ui/decimal-field";
import { DateRangeFields } from "~/components/ui/date-range-fields";
import { useTranslation } from "~/components/use-translation";
import {
  EditSubscriptionSchema,
  NewSubscriptionSchema,
  billingSchedules,
} from "~/domain/subscriptions/subscription.schema";
import { formatCents } from "~/utils/format-amounts";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";

type Option = { id: string; label: string };

const validateCreate = (formData: FormData) => parseWithZod(formData, { schema: NewSubscriptionSchema });
const validateEdit = (formData: FormData) => parseWithZod(formData, { schema: EditSubscriptionSchema });

interface SubscriptionFormProps {
  lastResult?: SubmissionResult<string[]> | null;
  /** The association's price of a share and days per share, for the hints under the two fields. */
  pricing: { sharePriceCents: number; daysPerShare: number };
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

export function SubscriptionForm({ lastResult, pricing, choices, defaultValue, submitLabel }: SubscriptionFormProps) {
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
            field={fields.memberId}
            label={t("subscriptions.field.member")}
            placeholder={t("subscriptions.chooseMember")}
            options={choices.members.map((member) => ({ value: member.id, label: member.name }))}
          />
          <SelectField
            field={fields.periodId}
            label={t("subscriptions.field.period")}
            options={choices.periods.map((period) => ({ value: period.id, label: period.label }))}
          />
        </div>
      ) : null}
      <div className="grid grid-2">
        <DecimalField
          field={fields.shares}
          label={t("subscriptions.field.shares")}
          hint={t("subscriptions.hint.shares", { days: pricing.daysPerShare })}
        />
        <DecimalField
          field={fields.price}
          label={t("subscriptions.field.price")}
          hint={t("subscriptions.hint.price", { price: formatCents(pricing.sharePriceCents, locale) })}
        />
      </div>
      <SelectField
        field={fields.billingSchedule}
        label={t("subscriptions.field.schedule")}
        options={billingSchedules.map((schedule) => ({
          value: schedule,
          label: t(`subscriptions.schedule.${schedule}`),
        }))}
      />
      <div className="grid grid-2">
        <DateRangeFields
          start={{
            field: fields.startDate,
            label: t("subscriptions.field.startDate"),
            hint: t("subscriptions.hint.startDate"),
          }}
          end={{
            field: fields.endDate,
            label: t("subscriptions.field.endDate"),
            hint: t("subscriptions.hint.endDate"),
          }}
        />
      </div>
      <fieldset className="capacity-override">
        <legend>{t("subscriptions.capacity")}</legend>
        <CheckboxField
          field={fields.capacityOverride}
          label={t("subscriptions.field.override")}
          hint={t("subscriptions.hint.override")}
        />
        <TextareaField
          field={fields.overrideNote}
          label={t("subscriptions.field.overrideNote")}
          textareaProps={{ rows: 2 }}
        />
      </fieldset>
      <div>
        <SubmitButton className="button">{submitLabel}</SubmitButton>
      </div>
    </Form>
  );
}
