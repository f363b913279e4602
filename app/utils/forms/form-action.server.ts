// The head every plain form action repeated: the permission, the form read within its limits
// (read-form.server.ts), parsed by its schema, and the 400 reply that sends the errors back to
// the form when it does not parse. The route keeps what is its own: one domain call and where
// to go next (ADR 026).
import { data, type ActionFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { DomainError } from "~/domain/domain-error";
import { requireUserWithPermission, type CurrentUser } from "~/utils/auth.server";
import { refusalText } from "~/utils/domain-error.server";
import type { Permission } from "~/utils/permissions";
import { parseForm } from "./parse-form";
import { readForm } from "./read-form.server";

type ParsedSubmission<Schema extends z.ZodTypeAny> = Extract<
  ReturnType<typeof parseForm<Schema>>,
  { status: "success" }
>;

/**
 * `export const action = formAction("members:manage", MemberSchema, async ({ user, submission }) => …)`.
 * A DomainError the handler throws is the form's error, with the refusal's status (ADR 025), as
 * `refusalOf` + `submission.reply({ formErrors })` said it in each route.
 */
export function formAction<Schema extends z.ZodTypeAny, Result>(
  permission: Permission,
  schema: Schema,
  handle: (form: { user: CurrentUser; submission: ParsedSubmission<Schema> }) => Promise<Result>,
) {
  return async ({ request }: ActionFunctionArgs) => {
    const user = await requireUserWithPermission(request, permission);
    return answerForm(user, await readForm(request), schema, (submission) => handle({ user, submission }));
  };
}

/**
 * A form already read, parsed by its schema (400 with the errors otherwise), then handled; a
 * DomainError the handler throws is the form's error with the refusal's status. For actions whose
 * head is their own (a record checked in scope first, several forms on one page).
 */
export async function answerForm<Schema extends z.ZodTypeAny, Result>(
  user: CurrentUser,
  formData: FormData,
  schema: Schema,
  handle: (submission: ParsedSubmission<Schema>) => Promise<Result>,
) {
  const submission = parseForm(formData, { schema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    return await handle(submission);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const refusal = refusalText(error, user);
    return data(submission.reply({ formErrors: [refusal.error] }), { status: refusal.status });
  }
}
