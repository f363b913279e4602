// The member's requests and the staff's inbox are the same list read from two sides: filtered by
// the lifecycle state chosen in `?etat=` (an unknown state shows them all), with the time zone the
// dates are shown in.
import type { CurrentUser } from "~/utils/auth.server";
import { stateFilterOf, type LifecycleState } from "~/domain/scheduling/lifecycle";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import type { Permission } from "~/utils/permissions";

/** `export const loader = requestListLoader("schedule:read", requestInbox)`. */
export function requestListLoader<Row>(
  permission: Permission,
  list: (user: CurrentUser, state: LifecycleState | null) => Promise<Row[]>,
) {
  return loaderWithPermission(permission, async (user, { request }) => {
    const state = stateFilterOf(new URL(request.url).searchParams.get("etat"));
    return { requests: await list(user, state), state, timeZone: user.timeZone };
  });
}
