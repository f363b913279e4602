import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportPdf } from "~/domain/reports/reports.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { associationScopeOf } from "~/utils/scope.server";

/** Staff download any report of their association, signed or not yet. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "schedule:read");
  const { pdf, fileName } = await reportPdf(associationScopeOf(user), params.interventionId!, { signedOnly: false });
  return reportPdfResponse(pdf, fileName);
}

export function reportPdfResponse(pdf: Buffer, fileName: string) {
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "private, no-store" },
  });
}
