import type { LoaderFunctionArgs } from "@remix-run/node";
import { issuedInvoicePdf } from "~/domain/invoicing/invoice-document.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { scopeOf } from "~/utils/scope.server";
import { downloadOrRefusal, pdfDownload } from "~/utils/download-response.server";

/** The issued invoice's PDF, drawn from its frozen data; drafts have no document (404). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return downloadOrRefusal(request, async () => {
    const user = await requireUserWithPermission(request, "invoices:manage");
    const { pdf, number } = await issuedInvoicePdf(scopeOf(user), params.invoiceId!);
    return pdfDownload(pdf, `${number}.pdf`);
  });
}
