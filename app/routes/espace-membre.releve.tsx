import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { StatementBody } from "~/components/accounting/statement-table";
import { useTranslation } from "~/components/use-translation";
import { memberStatementPage } from "~/domain/payments/statement.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { scopeOf } from "~/utils/scope.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("accounting");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.myStatement")];

/** The member's own statement of account; the scope gives its organisation, never another. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "invoices:read-own");
  const scope = scopeOf(user) as { associationId: string; memberId: string };
  return memberStatementPage({ ...scope, timeZone: user.timeZone });
}

export default function MyStatementPage() {
  const { statement, payment } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("statement.myTitle")}</h1>
      <p className="muted">{t("statement.intro", { member: statement.member.name })}</p>
      <StatementBody statement={statement} payment={payment} pdfHref={"/espace-membre/releve.pdf"} />
    </>
  );
}
