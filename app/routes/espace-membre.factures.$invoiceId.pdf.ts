import type { LoaderFunctionArgs } from "@remix-run/node";
import { issuedInvoicePdf } from "~/domain/invoicing/invoice-document.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { scopeOf } from "~/utils/scope.server";
import { downloadOrRefusal, pdfDownload } from "~/utils/download-response.server";

/** A member downloads its own organisation's invoices only: any other id answers 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return downloadOrRefusal(request, async () => {
    const user = await requireUserWithPermission(request, "invoices:read-own");
    const { pdf, number } = await issuedInvoicePdf(scopeOf(user), params.invoiceId!);
    return pdfDownload(pdf, `${number}.pdf`);
  });
}
