import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { endSession } from "~/utils/session.server";

// Logging out changes state, so it is a POST; a GET only sends you home.
export function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  return endSession(request);
}
