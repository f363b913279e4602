import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportRange, paymentsCsvExport } from "~/domain/invoicing/accounting-exports.server";
import { refusalOf } from "~/domain/invoicing/invoicing-error";
import { requireUserWithPermission } from "~/utils/auth.server";
import { csvDownload } from "~/utils/download-response.server";

/** /exports/paiements.csv?du=…&au=… — payments received (recorded or online). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "exports:download");
  const result = await refusalOf(async () => {
    const { from, to } = exportRange(new URL(request.url).searchParams, user);
    return { from, to, csv: await paymentsCsvExport(user, from, to) };
  });
  if (!result.ok)
    return new Response(result.error, {
      status: result.status,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return csvDownload(result.value.csv, `paiements-${result.value.from}-${result.value.to}.csv`);
}
