import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { StatementBody } from "~/components/accounting/statement-table";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { memberStatementPage } from "~/domain/payments/statement.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("accounting");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(matches, "title.statement", { name: data?.statement.member.name, otherwise: "title.member" }),
];

/** The treasurer's view of a member's statement; another association's member answers 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "payments:manage");
  const scope = { associationId: user.associationId, memberId: params.memberId! };
  return memberStatementPage({ ...scope, timeZone: user.timeZone });
}

export default function MemberStatementPage() {
  const { statement, payment } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <BackLink to={`/structures/${statement.member.id}`}>{statement.member.name}</BackLink>
      <h1>
        {t("statement.title")} · {statement.member.name}
      </h1>
      <p className="muted">
        {t("statement.intro", { member: statement.member.name })} ({statement.member.code})
      </p>
      <StatementBody
        statement={statement}
        payment={payment}
        pdfHref={`/structures/${statement.member.id}/releve.pdf`}
      />
    </>
  );
}
