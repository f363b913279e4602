// Member organisations and their contacts. Every query is scoped to the user's association;
// an id from another association is simply not found (404).
import { Prisma } from "~/generated/prisma/client.ts";
import { auditRowChange, auditSnapshot, recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db, readSql, type Tx } from "~/utils/db.server";
import { associationScopeOf, orNotFound } from "~/utils/scope.server";
import type { ContactInput, MemberInput, MemberStatusName } from "./member.schema";

export type Actor = Pick<CurrentUser, "id" | "associationId">;

const memberFields = {
  id: true,
  name: true,
  siren: true,
  siret: true,
  addressLine1: true,
  addressLine2: true,
  postalCode: true,
  city: true,
  country: true,
  billingEmail: true,
  phone: true,
  isProfessional: true,
  status: true,
  notes: true,
} satisfies Prisma.MemberSelect;

/** A text that LIKE matches as written: its `%`, `_` and backslashes are escaped. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * The organisations list, by name: one plain-SQL statement (ADR 019, fifth pass). The search finds
 * the text as typed, without case: `%` and `_` are characters of a name ("Atelier 100% bois"), not
 * LIKE's wildcards, so they are escaped (backslash is LIKE's escape character by default).
 */
export async function listMembers(user: Actor, filter: { q: string; status?: MemberStatusName }) {
  const { associationId } = associationScopeOf(user);
  return readSql<{
    id: string;
    name: string;
    city: string;
    phone: string;
    billingEmail: string;
    status: MemberStatusName;
    isProfessional: boolean;
  }>(Prisma.sql`
    SELECT "id", "name", "city", "phone", "billingEmail", "status"::text AS "status", "isProfessional"
    FROM "Member"
    WHERE "associationId" = ${associationId}
      ${filter.q ? Prisma.sql`AND "name" ILIKE ${`%${likeLiteral(filter.q)}%`}` : Prisma.empty}
      ${filter.status ? Prisma.sql`AND "status"::text = ${filter.status}` : Prisma.empty}
    ORDER BY "name", "id"`);
}

export async function getMember(user: Actor, memberId: string) {
  const member = await db().member.findFirst({
    where: { ...associationScopeOf(user), id: memberId },
    select: {
      ...memberFields,
      contacts: { orderBy: { createdAt: "asc" } },
      subscriptions: {
        orderBy: { startDate: "desc" },
        select: {
          id: true,
          shareHalves: true,
          capacityOverride: true,
          status: true,
          period: { select: { label: true } },
        },
      },
    },
  });
  return orNotFound(member);
}

/** Throws 404 unless the member belongs to the user's association (inside a transaction when given one). */
export async function assertMemberInScope(user: Actor, memberId: string, client: Tx = db()) {
  orNotFound(
    await client.member.findFirst({ where: { ...associationScopeOf(user), id: memberId }, select: { id: true } }),
  );
}

// Whitelist: only these columns come from the form.
function memberData(input: MemberInput) {
  return {
    name: input.name,
    siren: input.siren || null,
    siret: input.siret || null,
    addressLine1: input.addressLine1,
    addressLine2: input.addressLine2,
    postalCode: input.postalCode,
    city: input.city,
    billingEmail: input.billingEmail,
    phone: input.phone,
    isProfessional: input.isProfessional,
    status: input.status,
    notes: input.notes,
  };
}

export async function createMember(user: Actor, input: MemberInput) {
  return db().$transaction(async (tx) => {
    const member = await tx.member.create({
      data: { associationId: user.associationId, ...memberData(input) },
      select: memberFields,
    });
    return auditRowChange(tx, user, "created", { action: "member.create", entityType: "Member" }, member);
  });
}

export async function updateMember(user: Actor, memberId: string, input: MemberInput) {
  return updateMemberAudited(user, memberId, {
    action: "member.update",
    select: memberFields,
    data: memberData(input),
  });
}

/**
 * Updates a member of the user's association (404 otherwise) and audits the selected columns before and
 * after; gives back the columns as saved.
 */
export async function updateMemberAudited<Select extends Prisma.MemberSelect>(
  user: Actor,
  memberId: string,
  change: { action: string; select: Select; data: Prisma.MemberUpdateInput },
) {
  return db().$transaction(async (tx) => {
    const before = orNotFound(
      await tx.member.findFirst({ where: { ...associationScopeOf(user), id: memberId }, select: change.select }),
    );
    const after = await tx.member.update({ where: { id: memberId }, data: change.data, select: change.select });
    await recordAudit(tx, user, {
      action: change.action,
      entityType: "Member",
      entityId: memberId,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
    });
    return after;
  });
}

export async function addContact(user: Actor, memberId: string, input: ContactInput) {
  return db().$transaction(async (tx) => {
    await assertMemberInScope(user, memberId, tx);
    const contact = await tx.contact.create({
      data: {
        associationId: user.associationId,
        memberId,
        name: input.name,
        email: input.email,
        phone: input.phone,
        jobTitle: input.jobTitle,
        receivesInvoices: input.receivesInvoices,
      },
    });
    return auditRowChange(tx, user, "created", { action: "contact.create", entityType: "Contact" }, contact);
  });
}

export async function removeContact(user: Actor, memberId: string, contactId: string) {
  return db().$transaction(async (tx) => {
    const contact = orNotFound(
      await tx.contact.findFirst({ where: { ...associationScopeOf(user), memberId, id: contactId } }),
    );
    await tx.contact.delete({ where: { id: contact.id } });
    return auditRowChange(tx, user, "deleted", { action: "contact.delete", entityType: "Contact" }, contact);
  });
}
