import type { LoaderFunctionArgs } from "@remix-run/node";
import { balancesCsv, parseBalanceSort, sortBalanceRows } from "~/domain/ledger/balance-table";
import { memberBalances } from "~/domain/ledger/balances.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { scopeOf } from "~/utils/scope.server";
import { csvDownload, downloadOrRefusal } from "~/utils/download-response.server";

/** /soldes.csv?periode=…: the staff table as a spreadsheet, in the same order as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
  return downloadOrRefusal(request, async () => {
    const user = await requireUserWithPermission(request, "balances:read-all");
    const url = new URL(request.url);
    const sort = parseBalanceSort(url.searchParams.get("tri"), url.searchParams.get("ordre"));
    const view = await memberBalances(scopeOf(user), url.searchParams.get("periode"));
    const label = (view.period?.label ?? "aucune-periode").replace(/[^\w-]+/g, "-");
    const rows = sortBalanceRows(view.rows, sort.key, sort.order);
    return csvDownload(balancesCsv(rows, view.minutesPerDay), `soldes-${label}.csv`);
  });
}
