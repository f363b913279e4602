import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { ErrorList, Field, SelectField, TextareaField } from "~/components/ui/field";
import { DecimalField } from "~/components/ui/decimal-field";
import { useTranslation } from "~/components/use-translation";
import { formatPercentFr } from "~/domain/invoicing/amount-text";
import {
  DraftInvoiceSchema,
  STANDARD_VAT_RATES,
  type DraftInvoiceInput,
} from "~/domain/invoicing/invoice-draft.schema";
import { vatMention, type VatRegime } from "~/domain/invoicing/vat-mentions";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";

export type DraftFormLine = { description: string; quantity: string; unitPrice: string; vatRate: string };

export type DraftFormValues = {
  memberId: string;
  serviceStart: string;
  serviceEnd: string;
  notes: string;
  lines: DraftFormLine[];
};

/** Blank rows offered after the existing lines, so more lines can be added without JavaScript. */
export const SPARE_LINE_ROWS = 3;

export function withSpareRows(lines: DraftFormLine[], vatRate: string): DraftFormLine[] {
  return [
    ...lines,
    ...Array.from({ length: SPARE_LINE_ROWS }, () => ({ description: "", quantity: "", unitPrice: "", vatRate })),
  ];
}

type Props = {
  members: { id: string; name: string }[];
  vatRegime: VatRegime;
  defaultValue: DraftFormValues;
  lastResult?: SubmissionResult<string[]> | null;
  submitLabel: string;
};

/** The draft invoice form (member, service period, free lines); a plain form post before JS loads. */
export function InvoiceDraftForm({ members, vatRegime, defaultValue, lastResult, submitLabel }: Props) {
  const { t } = useTranslation();
  // The schema's `lines` goes through z.preprocess (blank rows dropped), so its inferred input type is
  // unknown; the field shape is given explicitly so the rows are typed.
  const [form, fields] = useForm<DraftFormValues, DraftInvoiceInput>({
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: DraftInvoiceSchema }),
    shouldValidate: "onBlur",
  });
  const lines = fields.lines.getFieldList();
  const mention = vatMention(vatRegime);
  return (
    <Form method="post" className="stack" {...getFormProps(form)}>
      <SubmissionKeyField />
      <input type="hidden" name="intent" value="save" />
      <ErrorList id={form.errorId} errors={form.errors} />
      <SelectField
        field={fields.memberId}
        label={t("invoicing.field.member")}
        placeholder={t("invoicing.field.memberChoose")}
        options={members.map((member) => ({ value: member.id, label: member.name }))}
      />
      <div className="grid grid-2">
        <Field field={fields.serviceStart} type="date" label={t("invoicing.field.serviceStart")} />
        <Field field={fields.serviceEnd} type="date" label={t("invoicing.field.serviceEnd")} />
      </div>
      <fieldset className="invoice-lines">
        <legend>{t("invoicing.lines")}</legend>
        <p className="muted">{t("invoicing.linesHint")}</p>
        {mention ? <p className="muted">{t("invoicing.noVatHint", { mention })}</p> : null}
        <ErrorList id={fields.lines.errorId} errors={fields.lines.errors} />
        {lines.map((line, index) => {
          const row = line.getFieldset();
          return (
            <div
              key={line.key}
              className="invoice-line-row"
              role="group"
              aria-label={t("invoicing.line", { number: index + 1 })}
            >
              <Field field={row.description} label={t("invoicing.field.description")} />
              <div className={vatRegime === "STANDARD" ? "grid grid-3" : "grid grid-2"}>
                <DecimalField field={row.quantity} label={t("invoicing.field.quantity")} />
                <DecimalField field={row.unitPrice} label={t("invoicing.field.unitPrice")} />
                {vatRegime === "STANDARD" ? (
                  <SelectField
                    field={row.vatRate}
                    label={t("invoicing.field.vatRate")}
                    options={STANDARD_VAT_RATES.map((rate) => ({ value: String(rate), label: formatPercentFr(rate) }))}
                  />
                ) : null}
              </div>
            </div>
          );
        })}
      </fieldset>
      <TextareaField field={fields.notes} label={t("invoicing.field.notes")} textareaProps={{ rows: 3 }} />
      <div>
        <SubmitButton className="button">{submitLabel}</SubmitButton>
      </div>
    </Form>
  );
}
