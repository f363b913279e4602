import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportRange, invoicesCsvExport } from "~/domain/invoicing/accounting-exports.server";
import { refusalOf } from "~/domain/invoicing/invoicing-error";
import { requireUserWithPermission } from "~/utils/auth.server";
import { csvDownload } from "~/utils/download-response.server";

/** /exports/factures.csv?du=2026-01-01&au=2026-12-31 — issued invoices and credit notes. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "exports:download");
  const result = await refusalOf(async () => {
    const { from, to } = exportRange(new URL(request.url).searchParams, user);
    return { from, to, csv: await invoicesCsvExport(user, from, to) };
  });
  if (!result.ok)
    return new Response(result.error, {
      status: result.status,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return csvDownload(result.value.csv, `factures-${result.value.from}-${result.value.to}.csv`);
}
