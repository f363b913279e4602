// Fills a member's routing address from the PA's Directory service, by its SIREN. Without a PA (or
// without its Directory address) the treasurer types the address in, as before; every refusal says so.
import { ROUTING_ADDRESS_PATTERN } from "~/domain/invoicing/einvoicing-france";
import { DomainError } from "~/domain/domain-error";
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { associationScopeOf, orNotFound } from "~/utils/scope.server";
import { directoryLinesOfSiren } from "./directory-client.server";
import { paConnectionOf } from "./pa-transmission.server";

type Actor = Pick<CurrentUser, "id" | "associationId">;

/** True when the association can look addresses up: a PA with its Directory address and credentials. */
export async function hasDirectory(associationId: string): Promise<boolean> {
  const association = await db().association.findUniqueOrThrow({
    where: { id: associationId },
    select: { paDirectoryUrl: true, paClientSecretSealed: true },
  });
  return association.paDirectoryUrl.trim() !== "" && association.paClientSecretSealed !== null;
}

export async function lookupRoutingAddress(user: Actor, memberId: string): Promise<string> {
  const member = orNotFound(
    await db().member.findFirst({
      where: { ...associationScopeOf(user), id: memberId },
      select: { id: true, siren: true, routingAddress: true },
    }),
  );
  if (!member.siren) throw new DomainError({ status: 400, key: "einvoicing.refusal.sirenFirst" });
  if (!(await hasDirectory(user.associationId))) {
    throw new DomainError({ status: 409, key: "einvoicing.refusal.noDirectory" });
  }
  const association = await db().association.findUniqueOrThrow({
    where: { id: user.associationId },
    select: { paDirectoryUrl: true },
  });
  const connection = { ...(await paConnectionOf(user.associationId)), baseUrl: association.paDirectoryUrl };
  const lines = (await directoryLinesOfSiren(connection, member.siren)).filter(
    (line) => line.status === "Enabled" && line.siren === member.siren,
  );
  // The SIREN's own line first; a line with a routing code only when it is the only one.
  const line = lines.find((candidate) => !candidate.routingIdentifier) ?? lines[0];
  if (
    !line ||
    !ROUTING_ADDRESS_PATTERN.test(line.addressingIdentifier) ||
    !line.addressingIdentifier.startsWith(member.siren)
  ) {
    throw new DomainError({
      status: 409,
      key: "einvoicing.refusal.noActiveAddress",
      values: { siren: member.siren ?? "" },
    });
  }
  if (line.addressingIdentifier !== member.routingAddress) {
    await db().$transaction(async (tx) => {
      await tx.member.update({ where: { id: member.id }, data: { routingAddress: line.addressingIdentifier } });
      await recordAudit(tx, user, {
        action: "member.einvoicing.directory",
        entityType: "Member",
        entityId: member.id,
        before: { routingAddress: member.routingAddress },
        after: { routingAddress: line.addressingIdentifier },
      });
    });
  }
  return line.addressingIdentifier;
}
