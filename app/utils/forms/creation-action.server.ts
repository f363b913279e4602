// The action of a page that creates one record (a member, a technician, a draft invoice, a
// payment): once per submission key, so a double submit creates one record; the form head of
// `formAction` (permission, parse, 400, a DomainError as the form's error); then the new record's
// page with a success toast in the reader's language (ADR 026).
import type { z } from "zod";
import type { CurrentUser } from "~/utils/auth.server";
import type { MessageKey } from "~/utils/i18n";
import type { Permission } from "~/utils/permissions";
import { redirectWithToast, toastOf } from "~/utils/toast.server";
import { formAction } from "./form-action.server";
import { withSubmissionKey } from "./submission-key.server";

/** Where the new record opens: its page, the toast's sentence and that sentence's values. */
type Opened = [page: string, toast: MessageKey, values?: Record<string, string | number>];

export function creationAction<Schema extends z.ZodTypeAny, Created>(
  submissionScope: string,
  permission: Permission,
  schema: Schema,
  create: (user: CurrentUser, input: z.output<Schema>) => Promise<Created>,
  opened: (created: Created) => Opened,
) {
  return withSubmissionKey(
    submissionScope,
    formAction(permission, schema, async ({ user, submission }) => {
      const [page, toast, values] = opened(await create(user, submission.value));
      return redirectWithToast(page, toastOf(user.locale, "success", toast, values));
    }),
  );
}
