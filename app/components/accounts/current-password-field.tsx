// The password of an account that exists, typed to prove who one is: on the login page, and to join
// an association with the account one already has. The browser's password manager fills it in.
import { type FieldMetadata } from "@conform-to/react";
import { Field } from "~/components/ui/field";

export function CurrentPasswordField({ field, label }: { field: FieldMetadata<string>; label: string }) {
  return <Field field={field} type="password" label={label} inputProps={{ autoComplete: "current-password" }} />;
}
