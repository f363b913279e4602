import type { LoaderFunctionArgs } from "@remix-run/node";
import { issuedInvoicePdf } from "~/domain/invoicing/invoice-document.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { scopeOf } from "~/utils/scope.server";

/** The issued invoice's PDF, drawn from its frozen data; drafts have no document (404). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "invoices:manage");
  const { pdf, number } = await issuedInvoicePdf(scopeOf(user), params.invoiceId!);
  return pdfResponse(pdf, number);
}

export function pdfResponse(pdf: Buffer, number: string) {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${number}.pdf"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
