// The head of an action on one record (a member, a request, an intervention…): the permission,
// then the record checked to be the user's to touch, so that another tenant's or another
// member's record answers 404 before anything about the form is read or said; then the form.
import { requireUserWithPermission, type CurrentUser } from "~/utils/auth.server";
import type { Permission } from "~/utils/permissions";
import { readForm } from "./read-form.server";

/** `const { user, formData } = await readFormInScope(request, "members:manage", (user) => assertMemberInScope(user, id))`. */
export async function readFormInScope<Record>(
  request: Request,
  permission: Permission,
  inScope: (user: CurrentUser) => Promise<Record>,
) {
  const user = await requireUserWithPermission(request, permission);
  const record = await inScope(user);
  return { user, record, formData: await readForm(request) };
}
