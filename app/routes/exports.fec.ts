import type { LoaderFunctionArgs } from "@remix-run/node";
import { fecExport } from "~/domain/exports/fec.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { csvDownload, downloadOrRefusal } from "~/utils/download-response.server";
import { todayIn } from "~/domain/calendar/today";

/** /exports/fec?annee=2026 — the Fichier des Écritures Comptables, {SIREN}FEC{YYYYMMDD}.txt. */
export async function loader({ request }: LoaderFunctionArgs) {
  return downloadOrRefusal(request, async () => {
    const user = await requireUserWithPermission(request, "exports:download");
    const requested = new URL(request.url).searchParams.get("annee");
    const year = requested ? Number(requested) : Number(todayIn(user).slice(0, 4));
    const { content, fileName } = await fecExport(user, year);
    // ISO 8859-15, one of the encodings art. A47 A-1 of the LPF lists.
    return csvDownload(content, fileName, "text/plain; charset=ISO-8859-15");
  });
}
