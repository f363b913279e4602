// Choosing a password: the password with the rules it must follow, then the same again to rule out a
// typo. Shared by the reset-password page and the invitation that creates an account; the schemas
// behind both check the same rules (NewPasswordSchema).
import { type FieldMetadata } from "@conform-to/react";
import { Field } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";

export function NewPasswordFields({
  password,
  confirm,
  passwordLabel,
}: {
  password: FieldMetadata<string>;
  confirm: FieldMetadata<string>;
  passwordLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        field={password}
        type="password"
        label={passwordLabel}
        hint={t("reset.hint")}
        inputProps={{ autoComplete: "new-password" }}
      />
      <Field field={confirm} type="password" label={t("reset.confirm")} inputProps={{ autoComplete: "new-password" }} />
    </>
  );
}
