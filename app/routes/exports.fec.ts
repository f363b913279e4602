import type { LoaderFunctionArgs } from "@remix-run/node";
import { fecExport } from "~/domain/exports/fec.server";
import { refusalOf } from "~/domain/invoicing/invoicing-error";
import { requireUserWithPermission } from "~/utils/auth.server";
import { csvDownload } from "~/utils/download-response.server";
import { todayIn } from "~/domain/calendar/today";

/** /exports/fec?annee=2026 — the Fichier des Écritures Comptables, {SIREN}FEC{YYYYMMDD}.txt. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "exports:download");
  const requested = new URL(request.url).searchParams.get("annee");
  const year = requested ? Number(requested) : Number(todayIn(user).slice(0, 4));
  const result = await refusalOf(() => fecExport(user, year));
  if (!result.ok)
    return new Response(result.error, {
      status: result.status,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  // ISO 8859-15, one of the encodings art. A47 A-1 of the LPF lists.
  return csvDownload(result.value.content, result.value.fileName, "text/plain; charset=ISO-8859-15");
}
