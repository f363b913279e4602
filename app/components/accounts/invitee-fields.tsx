// Who is invited: the address the invitation goes to and the name it greets. The same two fields on
// the board's invitation form (with a role and an organisation) and on a member admin's colleague form.
import { type FieldMetadata } from "@conform-to/react";
import { Field } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";

export function InviteeFields({ email, name }: { email: FieldMetadata<string>; name: FieldMetadata<string> }) {
  const { t } = useTranslation();
  return (
    <>
      <Field field={email} type="email" label={t("invite.email")} inputProps={{ autoComplete: "off" }} />
      <Field field={name} label={t("invite.name")} inputProps={{ autoComplete: "off" }} />
    </>
  );
}
