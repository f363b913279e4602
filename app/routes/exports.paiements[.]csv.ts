import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportRange, paymentsCsvExport } from "~/domain/invoicing/accounting-exports.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { csvDownload, downloadOrRefusal } from "~/utils/download-response.server";

/** /exports/paiements.csv?du=…&au=… — payments received (recorded or online). */
export async function loader({ request }: LoaderFunctionArgs) {
  return downloadOrRefusal(request, async () => {
    const user = await requireUserWithPermission(request, "exports:download");
    const { from, to } = exportRange(new URL(request.url).searchParams, user);
    return csvDownload(await paymentsCsvExport(user, from, to), `paiements-${from}-${to}.csv`);
  });
}
