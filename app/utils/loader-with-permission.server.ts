// The head of every page loader that only needs its permission: the signed-in user allowed to
// see the page, then the one read that fills it (ADR 026).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUserWithPermission, type CurrentUser } from "./auth.server";
import type { Permission } from "./permissions";

/** `export const loader = loaderWithPermission("members:manage", (user, { params }) => getMember(user, params.memberId!))`. */
export function loaderWithPermission<Result>(
  permission: Permission,
  load: (user: CurrentUser, args: LoaderFunctionArgs) => Result | Promise<Result>,
) {
  return async (args: LoaderFunctionArgs): Promise<Result> =>
    load(await requireUserWithPermission(args.request, permission), args);
}
