import type { LoaderFunctionArgs } from "@remix-run/node";
import { memberStatementPdf } from "~/domain/payments/statement-document.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { scopeOf } from "~/utils/scope.server";
import { downloadOrRefusal, pdfDownload } from "~/utils/download-response.server";

/** The member's own statement as a PDF. */
export async function loader({ request }: LoaderFunctionArgs) {
  return downloadOrRefusal(request, async () => {
    const user = await requireUserWithPermission(request, "invoices:read-own");
    const { pdf, fileName } = await memberStatementPdf({
      ...(scopeOf(user) as { associationId: string; memberId: string }),
      timeZone: user.timeZone,
    });
    return pdfDownload(pdf, `${fileName}.pdf`);
  });
}
