// Choosing a password: the password with the rules it must follow, then the same again to rule out a
// typo. Shared by the reset-password page and the invitation that creates an account; the schemas
// behind both check the same rules (NewPasswordSchema).
import { getInputProps, type FieldMetadata } from "@conform-to/react";
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
        label={passwordLabel}
        hint={t("reset.hint")}
        inputProps={{ ...getInputProps(password, { type: "password" }), autoComplete: "new-password" }}
        errors={password.errors}
      />
      <Field
        label={t("reset.confirm")}
        inputProps={{ ...getInputProps(confirm, { type: "password" }), autoComplete: "new-password" }}
        errors={confirm.errors}
      />
    </>
  );
}
