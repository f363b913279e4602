import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { InvoiceDraftForm, withSpareRows } from "~/components/invoicing/invoice-draft-form";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { DraftInvoiceSchema } from "~/domain/invoicing/invoice-draft.schema";
import { createDraft, draftFormContext } from "~/domain/invoicing/invoice-drafts.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { creationAction } from "~/utils/forms/creation-action.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("invoicing");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.newInvoice")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "invoices:manage");
  const memberId = new URL(request.url).searchParams.get("structure") ?? "";
  return { ...(await draftFormContext(user)), memberId };
}

export const action = creationAction("draft-invoice", "invoices:manage", DraftInvoiceSchema, createDraft, (draft) => [
  `/factures/${draft.id}`,
  "invoicing.draftCreated",
]);

export default function NewInvoicePage() {
  const { members, vatRegime, defaultVatBasisPoints, memberId } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <BackLink to="/factures">{t("invoicing.title")}</BackLink>
      <h1>{t("invoicing.new")}</h1>
      <div className="card">
        <InvoiceDraftForm
          members={members}
          vatRegime={vatRegime}
          lastResult={lastResult}
          submitLabel={t("invoicing.createDraft")}
          defaultValue={{
            memberId,
            serviceStart: "",
            serviceEnd: "",
            notes: "",
            lines: withSpareRows([], String(defaultVatBasisPoints || 2000)),
          }}
        />
      </div>
    </>
  );
}
