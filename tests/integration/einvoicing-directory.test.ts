// A member's routing address looked up in the PA's Directory service (annuaire), through the app's real
// HTTP client, against the fake PA checking each request on directory-service-1.3.0.swagger.json. Without
// a Directory the treasurer is told to type the address in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupRoutingAddress } from "../../app/domain/einvoicing/member-directory.server";
import type { DomainError } from "../../app/domain/domain-error";
import { db } from "../../app/utils/db.server";
import { refusalText } from "../../app/utils/domain-error.server";
import { connectFakePa } from "../support/einvoicing";
import { startFakePa, type FakePa } from "../support/fake-pa";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { treasurerOf } from "../support/invoicing";

let tenants: TwoTenants;
let pa: FakePa;

beforeAll(async () => {
  tenants = await seedTwoTenants();
  pa = await startFakePa();
  await connectFakePa(tenants.a, pa);
});

afterAll(async () => {
  await pa?.close();
});

describe("routing address from the Directory", () => {
  it("fills the SIREN's active line, preferring it to a line with a routing code", async () => {
    const memberId = tenants.a.memberIds[1];
    await db().member.update({ where: { id: memberId }, data: { siren: "552100554", routingAddress: "" } });
    pa.directoryLines.push(
      {
        siren: "552100554",
        addressingIdentifier: "552100554_ACHATS",
        status: "Enabled",
        businessName: "Client",
        routingIdentifier: "ACHATS",
      },
      { siren: "552100554", addressingIdentifier: "552100554", status: "Enabled", businessName: "Client" },
      { siren: "999999999", addressingIdentifier: "999999999", status: "Enabled", businessName: "Autre" },
    );
    expect(await lookupRoutingAddress(treasurerOf(tenants.a), memberId)).toBe("552100554");
    expect((await db().member.findUniqueOrThrow({ where: { id: memberId } })).routingAddress).toBe("552100554");
    expect(pa.invalidRequests).toEqual([]);
  });

  it("says to type the address in when the SIREN has no active line", async () => {
    const memberId = tenants.a.memberIds[0];
    await db().member.update({ where: { id: memberId }, data: { siren: "732829320", routingAddress: "" } });
    pa.directoryLines.push({
      siren: "732829320",
      addressingIdentifier: "732829320",
      status: "Disabled",
      businessName: "Sans plateforme",
    });
    const refusal = await lookupRoutingAddress(treasurerOf(tenants.a), memberId).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "einvoicing.refusal.noActiveAddress", status: 409 });
    expect(refusalText(refusal as DomainError, { locale: "fr", timeZone: "Europe/Paris" }).error).toMatch(
      /aucune adresse active pour le SIREN 732829320.*Saisissez l'adresse/,
    );
    expect((await db().member.findUniqueOrThrow({ where: { id: memberId } })).routingAddress).toBe("");
  });

  it("asks for the SIREN first, tells an association without a Directory to type it in, and hides other tenants", async () => {
    const memberId = tenants.a.memberIds[2];
    await db().member.update({ where: { id: memberId }, data: { siren: null, siret: null } });
    await expect(lookupRoutingAddress(treasurerOf(tenants.a), memberId)).rejects.toMatchObject({
      code: "einvoicing.refusal.sirenFirst",
      status: 400,
    });
    await db().member.update({ where: { id: tenants.b.memberIds[0] }, data: { siren: "552100554" } });
    await expect(lookupRoutingAddress(treasurerOf(tenants.b), tenants.b.memberIds[0])).rejects.toMatchObject({
      code: "einvoicing.refusal.noDirectory",
      status: 409,
    });
    await expect(lookupRoutingAddress(treasurerOf(tenants.b), tenants.a.memberIds[1])).rejects.toMatchObject({
      status: 404,
    });
  });
});
