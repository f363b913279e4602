// The fields of a balance adjustment (direction, hours, minutes, mandatory reason): the same on a
// member's balance page and on a finished intervention's correction page.
import { type FieldMetadata } from "@conform-to/react";
import { DurationFields } from "~/components/ui/duration-fields";
import { SelectField, TextareaField } from "~/components/ui/field";
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
      <SelectField field={fields.direction} label={t("ledger.adjust.direction")}>
        <option value="add">{t("ledger.adjust.add")}</option>
        <option value="remove">{t("ledger.adjust.remove")}</option>
      </SelectField>
      <DurationFields
        hours={fields.hours}
        minutes={fields.minutes}
        labels={{ hours: t("ledger.adjust.hours"), minutes: t("ledger.adjust.minutes") }}
      />
      <TextareaField field={fields.reason} label={t("ledger.adjust.reason")} textareaProps={{ rows: 3 }} />
    </>
  );
}
