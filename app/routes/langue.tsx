import { parseForm } from "~/utils/forms/parse-form";
import { redirect, redirectDocument, type ActionFunctionArgs } from "@remix-run/node";
import { LanguageChoiceSchema } from "~/domain/accounts/profile.schema";
import { safeRedirect } from "~/domain/accounts/login.schema";
import { localeCookie } from "~/utils/locale.server";
import { readForm } from "~/utils/forms/read-form.server";

// Choosing a language changes state (a cookie), so it is a POST; a GET only sends you home.
export function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const submission = parseForm(formData, { schema: LanguageChoiceSchema });
  if (submission.status !== "success") return redirect("/", { status: 303 });
  const { locale, redirectTo } = submission.value;
  // A full page load: the browser holds the texts of the language it loaded (ADR 023).
  return redirectDocument(safeRedirect(redirectTo, "/"), {
    status: 303,
    headers: { "Set-Cookie": await localeCookie.serialize(locale) },
  });
}
