import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportPdf } from "~/domain/reports/reports.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { scopeOf } from "~/utils/scope.server";
import { downloadOrRefusal, pdfDownload } from "~/utils/download-response.server";

/** A member downloads its own organisation's signed reports only: any other id answers 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return downloadOrRefusal(request, async () => {
    const user = await requireUserWithPermission(request, "requests:read-own");
    const { pdf, fileName } = await reportPdf(scopeOf(user), params.interventionId!, { signedOnly: true });
    return pdfDownload(pdf, fileName);
  });
}
