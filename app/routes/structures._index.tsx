import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import { MemberFilterSchema, memberStatuses } from "~/domain/members/member.schema";
import { listMembers } from "~/domain/members/members.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { can } from "~/utils/permissions";
import { PageHeading } from "~/components/ui/page-heading";
import { DataTable } from "~/components/ui/data-table";
import { columnsFor } from "~/components/ui/data-table-columns";
import { FilterBar } from "~/components/ui/filter-bar";
import { Field, SelectField } from "~/components/ui/field";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("members");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.members")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "members:read");
  const url = new URL(request.url);
  // A malformed filter (hand-edited URL) falls back to "everything" rather than an error page.
  const parsed = MemberFilterSchema.safeParse({
    q: url.searchParams.get("q") ?? undefined,
    status: url.searchParams.get("statut") || undefined,
  });
  const filter = parsed.success ? parsed.data : { q: "" };
  return { members: await listMembers(user, filter), filter, canManage: can(user.role, "members:manage") };
}

export default function MembersPage() {
  const { members, filter, canManage } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const column = columnsFor<(typeof members)[number]>(locale);
  return (
    <>
      <PageHeading
        title={t("members.title")}
        actions={
          canManage ? (
            <Link to="/structures/nouvelle" className="button">
              {t("members.new")}
            </Link>
          ) : null
        }
      />
      <FilterBar search submitLabel={t("members.filter")}>
        <Field
          label={t("members.search")}
          inputProps={{ id: "member-search", type: "search", name: "q", defaultValue: filter.q }}
        />
        <SelectField
          label={t("members.field.status")}
          selectProps={{
            id: "member-status",
            name: "statut",
            defaultValue: "status" in filter ? (filter.status ?? "") : "",
          }}
          placeholder={t("members.status.all")}
          options={memberStatuses.map((status) => ({ value: status, label: t(`members.status.${status}`) }))}
        />
      </FilterBar>
      <DataTable
        rows={members}
        empty={t("members.empty")}
        columns={[
          column.link(t("members.field.name"), "/structures", (member) => member.name, {
            after: (member) =>
              member.isProfessional ? <span className="badge">{t("members.professional")}</span> : null,
          }),
          { header: t("members.field.city"), cell: (member) => member.city },
          {
            header: t("members.field.phone"),
            cell: (member) =>
              member.phone ? <a href={`tel:${member.phone.replace(/\s/g, "")}`}>{member.phone}</a> : null,
          },
          {
            header: t("members.field.status"),
            cell: (member) => (
              <span className={`badge member-status-${member.status.toLowerCase()}`}>
                {t(`members.status.${member.status}`)}
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
