// The association's logo, served to its own admins only (uploads go through /admin/parametres).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadLogo } from "~/domain/settings/logo.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { translate } from "~/utils/i18n";

// Shown when no logo is stored yet, so the URL always answers with an image.
const placeholder = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="80" viewBox="0 0 160 80"><rect width="160" height="80" fill="#f3f4f6"/><text x="80" y="45" text-anchor="middle" font-family="sans-serif" font-size="14" fill="#6b7280">${text}</text></svg>`;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "association:configure");
  const logo = await loadLogo(user);
  const headers = { "Cache-Control": "private, no-cache", "X-Content-Type-Options": "nosniff" };
  if (!logo)
    return new Response(placeholder(translate(user.locale, "settings.logo.placeholder")), {
      headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" },
    });
  return new Response(Uint8Array.from(logo.bytes), {
    headers: { ...headers, "Content-Type": logo.mimeType, "Content-Length": String(logo.bytes.length) },
  });
}
