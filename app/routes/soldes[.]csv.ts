import type { LoaderFunctionArgs } from "@remix-run/node";
import { balancesCsv, parseBalanceSort, sortBalanceRows } from "~/domain/ledger/balance-table";
import { memberBalances } from "~/domain/ledger/balances.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { scopeOf } from "~/utils/scope.server";

/** /soldes.csv?periode=…: the staff table as a spreadsheet, in the same order as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "balances:read-all");
  const url = new URL(request.url);
  const sort = parseBalanceSort(url.searchParams.get("tri"), url.searchParams.get("ordre"));
  const view = await memberBalances(scopeOf(user), url.searchParams.get("periode"));
  const label = (view.period?.label ?? "aucune-periode").replace(/[^\w-]+/g, "-");
  return new Response(balancesCsv(sortBalanceRows(view.rows, sort.key, sort.order), view.minutesPerDay), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="soldes-${label}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
