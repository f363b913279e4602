import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportRange, invoicesCsvExport } from "~/domain/invoicing/accounting-exports.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { csvDownload, downloadOrRefusal } from "~/utils/download-response.server";

/** /exports/factures.csv?du=2026-01-01&au=2026-12-31 — issued invoices and credit notes. */
export async function loader({ request }: LoaderFunctionArgs) {
  return downloadOrRefusal(request, async () => {
    const user = await requireUserWithPermission(request, "exports:download");
    const { from, to } = exportRange(new URL(request.url).searchParams, user);
    return csvDownload(await invoicesCsvExport(user, from, to), `factures-${from}-${to}.csv`);
  });
}
