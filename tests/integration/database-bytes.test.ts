import { describe, expect, it } from "vitest";
import { db } from "../../app/utils/db.server";

// PGlite's Prisma adapter needs app/utils/pglite-bytes.server.ts to store Bytes; PostgreSQL does not.
describe("Bytes columns", () => {
  it("round-trip through create, update and a transaction", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255]);
    const association = await db().association.create({
      data: { slug: "bytes", name: "Octets", legalName: "Octets", logoData: png },
    });
    expect(
      Buffer.from((await db().association.findUniqueOrThrow({ where: { id: association.id } })).logoData!),
    ).toEqual(png);
    await db().$transaction(async (tx) => {
      await tx.association.update({ where: { id: association.id }, data: { logoData: Buffer.from([1, 2, 3]) } });
    });
    expect(
      Buffer.from((await db().association.findUniqueOrThrow({ where: { id: association.id } })).logoData!),
    ).toEqual(Buffer.from([1, 2, 3]));
  });
});
