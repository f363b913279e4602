// The two pages that list accounts and invite more (the association's users, a member's
// colleagues) load the same frame around their own read: who is looking, so that the table
// never offers to disable one's own account, and the time zone the invitations' dates are shown in.
import type { CurrentUser } from "~/utils/auth.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import type { Permission } from "~/utils/permissions";

/** `export const loader = accountsPageLoader("users:invite", usersPage)`. */
export function accountsPageLoader<Page extends object>(
  permission: Permission,
  readPage: (user: CurrentUser) => Promise<Page>,
) {
  return loaderWithPermission(permission, async (user) => ({
    currentUserId: user.id,
    timeZone: user.timeZone,
    ...(await readPage(user)),
  }));
}
