import { Form } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import { formatLocalDate } from "~/utils/format-instants";
import type { RoleName } from "~/utils/permissions";
import { DataTable, type Column } from "~/components/ui/data-table";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: RoleName;
  isMemberAdmin: boolean;
  memberName: string | null;
  disabled: boolean;
}

/** The accounts of an association (or of one organisation), with the board's disable switch. */
export function UsersTable({
  users,
  currentUserId,
  canChangeStatus = false,
}: {
  users: UserRow[];
  currentUserId: string;
  canChangeStatus?: boolean;
}) {
  const { t } = useTranslation();
  const columns: Column<UserRow>[] = [
    { header: t("users.name"), cell: (user) => user.name },
    { header: t("users.email"), phoneLabel: t("users.email"), cell: (user) => user.email },
    {
      header: t("invite.role"),
      phoneLabel: t("invite.role"),
      cell: (user) => (
        <>
          {t(`roleName.${user.role}`)}
          {user.isMemberAdmin ? <span className="badge"> {t("users.memberAdmin")}</span> : null}
        </>
      ),
    },
    { header: t("invite.member"), phoneLabel: t("invite.member"), cell: (user) => user.memberName ?? "—" },
    {
      header: t("users.status"),
      phoneLabel: t("users.status"),
      cell: (user) =>
        user.disabled ? (
          <span className="badge badge-warn">{t("users.disabled")}</span>
        ) : (
          <span className="badge badge-ok">{t("users.active")}</span>
        ),
    },
  ];
  if (canChangeStatus) {
    columns.push({
      header: t("users.actions"),
      cell: (user) =>
        user.id === currentUserId ? (
          <span className="muted">{t("users.you")}</span>
        ) : (
          <Form method="post">
            <input type="hidden" name="userId" value={user.id} />
            <button
              type="submit"
              name="intent"
              value={user.disabled ? "enable" : "disable"}
              className={user.disabled ? "button button-secondary" : "button button-danger"}
              aria-label={`${user.disabled ? t("users.enable") : t("users.disable")} ${user.name}`}
            >
              {user.disabled ? t("users.enable") : t("users.disable")}
            </button>
          </Form>
        ),
    });
  }
  return <DataTable className="stack-on-phone" rows={users} rowKey={(user) => user.id} columns={columns} />;
}

export interface InvitationRow {
  id: string;
  email: string;
  name: string;
  role: RoleName;
  expiresAt: string | Date;
  member: { name: string } | null;
}

export function PendingInvitations({ invitations, timeZone }: { invitations: InvitationRow[]; timeZone: string }) {
  const { t, locale } = useTranslation();
  if (invitations.length === 0) return <p className="muted">{t("users.noPending")}</p>;
  return (
    <ul className="list card">
      {invitations.map((invitation) => (
        <li key={invitation.id}>
          <strong>{invitation.name || invitation.email}</strong>{" "}
          {invitation.name ? <span className="muted">({invitation.email})</span> : null}
          <br />
          {t(`roleName.${invitation.role}`)}
          {invitation.member ? ` · ${invitation.member.name}` : ""} ·{" "}
          <span className="muted">
            {t("users.expires", { date: formatLocalDate(new Date(invitation.expiresAt), locale, timeZone) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
