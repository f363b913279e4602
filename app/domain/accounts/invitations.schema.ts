import { z } from "zod";
import { safeString } from "~/utils/forms/safe-string";
import { roles } from "~/utils/permissions";
import { emailField, newPasswordField } from "./login.schema";

const nameField = safeString().trim().max(200, "errors.tooLong");

/** The board invites anyone into any role; a member contact must be tied to their organisation. */
export const InvitationSchema = z
  .object({
    email: emailField,
    name: nameField.optional(),
    role: z.enum(roles, { required_error: "errors.required", invalid_type_error: "errors.required" }),
    memberId: safeString().trim().max(100).optional(),
    isMemberAdmin: z.boolean().optional(),
  })
  .refine((value) => value.role !== "member" || Boolean(value.memberId), {
    path: ["memberId"],
    message: "errors.memberRequired",
  });

/** A member organisation's admin invites colleagues: role and organisation are fixed server-side. */
export const ColleagueInvitationSchema = z.object({ email: emailField, name: nameField.optional() });

export const UserStatusSchema = z.object({
  intent: z.enum(["disable", "enable"]),
  userId: safeString({ required_error: "errors.required" }).max(100),
});

/** Accepting with a new account: a name and a new password typed twice. */
export const NewAccountSchema = z
  .object({
    name: safeString({ required_error: "errors.required" }).trim().min(1, "errors.required").max(200, "errors.tooLong"),
    password: newPasswordField,
    confirm: safeString({ required_error: "errors.required" }).max(200),
  })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: "errors.passwordMismatch" });

/** Accepting with an account that already exists elsewhere: its current password proves it is theirs. */
export const ExistingAccountSchema = z.object({
  password: safeString({ required_error: "errors.required" }).min(1, "errors.required").max(200),
});
