import type { LoaderFunctionArgs } from "@remix-run/node";
import { memberStatementPdf } from "~/domain/payments/statement-document.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { downloadOrRefusal, pdfDownload } from "~/utils/download-response.server";

/** A member's statement as a PDF, for the treasurer; another association's member answers 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return downloadOrRefusal(request, async () => {
    const user = await requireUserWithPermission(request, "payments:manage");
    const { pdf, fileName } = await memberStatementPdf({
      associationId: user.associationId,
      memberId: params.memberId!,
      timeZone: user.timeZone,
    });
    return pdfDownload(pdf, `${fileName}.pdf`);
  });
}
