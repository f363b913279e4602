import type { MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { MemberForm } from "~/components/members/member-form";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { MemberSchema } from "~/domain/members/member.schema";
import { createMember } from "~/domain/members/members.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { creationAction } from "~/utils/forms/creation-action.server";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("members");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.newMember")];

export const loader = loaderWithPermission("members:manage", () => null);

export const action = creationAction("member-create", "members:manage", MemberSchema, createMember, (member) => [
  `/structures/${member.id}`,
  "members.created",
  { name: member.name },
]);

export default function NewMemberPage() {
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <BackLink to="/structures">{t("members.title")}</BackLink>
      <h1>{t("members.new")}</h1>
      <div className="card">
        <MemberForm lastResult={lastResult} submitLabel={t("members.create")} />
      </div>
    </>
  );
}
