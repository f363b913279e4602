// Prisma's reads outside a transaction go through named statements (ADR 019, eighth pass), on
// PGlite (pgliteWithPreparedReads) and on PostgreSQL (namePooledReads). Inside a transaction they
// keep the driver's own path, which is the reference: every model, every column type, must read
// the same both ways. Runs on the database of the run: PGlite, or PostgreSQL with TEST_DB=postgres.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../app/generated/prisma/client";
import { db, readRows } from "../../app/utils/db.server";
import { statementNameOf } from "../../app/utils/statement-name.server";
import { seedAssociation, type SeededAssociation } from "../../prisma/seed";
import { seedDemoInterventions } from "../../prisma/seed-interventions";
import { seedFinance } from "../../prisma/seed-finance";

const today = "2026-11-24";
let seeded: SeededAssociation;

type Delegate = { findMany: (args: object) => Promise<unknown[]> };
const delegateOf = (client: object, model: string) =>
  (client as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)]!;

beforeAll(async () => {
  seeded = await seedAssociation(db(), { today });
  await seedDemoInterventions(db(), seeded, today);
  await seedFinance(seeded, today);
});

describe("Prisma's reads as named statements", () => {
  it("read every model's rows as the driver's own path does, each column type included", async () => {
    let rowsCompared = 0;
    // Every row of every model (the seeded tables are small), in one order whatever the plan.
    const sorted = (rows: unknown[]) =>
      rows
        .map((row) => ({ row, key: JSON.stringify(row) }))
        .sort((a, b) => a.key.localeCompare(b.key))
        .map(({ row }) => row);
    for (const model of Object.values(Prisma.ModelName)) {
      // Twice: the second run executes the statement already prepared.
      const named = sorted(await delegateOf(db(), model).findMany({}));
      const again = sorted(await delegateOf(db(), model).findMany({}));
      const reference = sorted(await db().$transaction((tx) => delegateOf(tx, model).findMany({})));
      expect(named, model).toEqual(reference);
      expect(again, model).toEqual(reference);
      rowsCompared += reference.length;
    }
    expect(rowsCompared).toBeGreaterThan(100);
  });

  it("reads relations and aggregates as the driver's own path does", async () => {
    type Client = Pick<ReturnType<typeof db>, "member" | "invoice" | "timeEntry">;
    const read = (client: Client) =>
      Promise.all([
        client.member.findMany({
          where: { associationId: seeded.associationId },
          include: { contacts: true, subscriptions: { include: { period: true } } },
          orderBy: { name: "asc" },
        }),
        client.invoice.aggregate({
          where: { associationId: seeded.associationId },
          _sum: { totalInclTaxCents: true },
          _count: true,
        }),
        client.timeEntry.groupBy({
          by: ["kind"],
          where: { associationId: seeded.associationId },
          _count: { _all: true },
          orderBy: { kind: "asc" },
        }),
      ]);
    const reference = await db().$transaction((tx) => read(tx));
    expect(await read(db())).toEqual(reference);
    expect(await read(db())).toEqual(reference);
  });

  it("prepares a Prisma read once, under its name, and keeps answering after a failed read", async () => {
    const where = { associationId: seeded.associationId, name: { startsWith: "prepared-read-probe" } };
    // One at a time: on PostgreSQL the pool hands the last idle connection back each time.
    for (let run = 0; run < 3; run++) await db().member.findMany({ where, select: { id: true } });
    const prepared = await readRows<{ name: string; statement: string }>(
      "SELECT name, statement FROM pg_prepared_statements",
      [],
    );
    const probe =
      'SELECT "t0"."id" FROM "public"."Member" AS "t0" WHERE ("t0"."associationId" = $1 AND "t0"."name"::text LIKE $2)';
    // Once, under the name of its text; the probe's value is a parameter, never part of a text.
    expect(prepared.filter(({ statement }) => statement === probe)).toEqual([
      { name: statementNameOf(probe), statement: probe },
    ]);
    expect(prepared.filter(({ statement }) => statement.includes("prepared-read-probe"))).toEqual([]);

    // The database's own error reaches the caller, as the driver's path reports it.
    const failure: unknown = await db().$queryRaw`SELECT 1 / ${0}::int AS quotient`.catch((error: unknown) => error);
    expect(failure).toMatchObject({ meta: { driverAdapterError: { cause: { kind: "postgres", code: "22012" } } } });
    expect(await db().member.count({ where: { associationId: seeded.associationId } })).toBe(seeded.memberIds.length);
  });

  it("leaves writes and transactions on the driver's own path", async () => {
    const member = await db().member.create({
      data: { associationId: seeded.associationId, name: "Écriture directe", city: "Crest" },
    });
    await db().$transaction(async (tx) => {
      await tx.member.update({ where: { id: member.id }, data: { city: "Die" } });
      // Inside the transaction, its own write is visible to its reads.
      expect((await tx.member.findUniqueOrThrow({ where: { id: member.id } })).city).toBe("Die");
    });
    expect((await db().member.findUniqueOrThrow({ where: { id: member.id } })).city).toBe("Die");
    const writes = await readRows<{ statement: string }>(
      `SELECT statement FROM pg_prepared_statements WHERE statement ILIKE 'INSERT%' OR statement ILIKE 'UPDATE%'`,
      [],
    );
    expect(writes).toEqual([]);
  });
});
