import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportPdf } from "~/domain/reports/reports.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { associationScopeOf } from "~/utils/scope.server";
import { downloadOrRefusal, pdfDownload } from "~/utils/download-response.server";

/** Staff download any report of their association, signed or not yet. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return downloadOrRefusal(request, async () => {
    const user = await requireUserWithPermission(request, "schedule:read");
    const { pdf, fileName } = await reportPdf(associationScopeOf(user), params.interventionId!, { signedOnly: false });
    return pdfDownload(pdf, fileName);
  });
}
