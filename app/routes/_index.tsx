import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { getCurrentUser } from "~/utils/auth.server";
import { homePathFor } from "~/utils/permissions";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  return redirect(user ? homePathFor(user.role) : "/connexion");
}
