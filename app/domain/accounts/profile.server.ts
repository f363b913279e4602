import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";

/** Users edit only their own profile; the language is stored on the user so every page follows it. */
export async function updateProfile(user: Pick<CurrentUser, "id">, input: { name: string; locale: "fr" | "en" }) {
  return db().user.update({
    where: { id: user.id },
    data: { name: input.name, locale: input.locale },
    select: { id: true, locale: true },
  });
}
