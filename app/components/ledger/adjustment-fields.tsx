// The fields of a balance adjustment (direction, hours, minutes, mandatory reason): the same on a
// member's balance page and on a finished intervention's correction page.
import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";

type Fields = {
  direction: FieldMetadata<"add" | "remove">;
  hours: FieldMetadata<number>;
  minutes: FieldMetadata<number>;
  reason: FieldMetadata<string>;
};

export function AdjustmentFields({ fields }: { fields: Fields }) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t("ledger.adjust.direction")}
        selectProps={getSelectProps(fields.direction)}
        errors={fields.direction.errors}
      >
        <option value="add">{t("ledger.adjust.add")}</option>
        <option value="remove">{t("ledger.adjust.remove")}</option>
      </SelectField>
      <div className="grid grid-2">
        <Field
          label={t("ledger.adjust.hours")}
          inputProps={{ ...getInputProps(fields.hours, { type: "number" }), min: 0, inputMode: "numeric" }}
          errors={fields.hours.errors}
        />
        <Field
          label={t("ledger.adjust.minutes")}
          inputProps={{ ...getInputProps(fields.minutes, { type: "number" }), min: 0, max: 59, inputMode: "numeric" }}
          errors={fields.minutes.errors}
        />
      </div>
      <div className="field">
        <label htmlFor={fields.reason.id}>{t("ledger.adjust.reason")}</label>
        <textarea {...getTextareaProps(fields.reason)} rows={3} />
        <ErrorList id={fields.reason.errorId} errors={fields.reason.errors} />
      </div>
    </>
  );
}
