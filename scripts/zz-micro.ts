import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { wrapPglite, useDatabase, db, readRows } from "../app/utils/db.server";
import { applyMigrations } from "../app/utils/migrate.server";
import { seedAssociation } from "../prisma/seed";
const pglite = await PGlite.create();
const open = await wrapPglite(pglite);
await open.withRawSql((raw) => applyMigrations(raw));
useDatabase(open);
const seeded = await seedAssociation(db(), { today: "2026-11-24" });
const id = seeded.associationId;
async function time(name: string, fn: () => Promise<unknown>, n = 2000) {
  for (let i = 0; i < 200; i++) await fn();
  const t = performance.now();
  const c = process.cpuUsage();
  for (let i = 0; i < n; i++) await fn();
  const cpu = process.cpuUsage(c);
  console.log(name, ((performance.now() - t) / n * 1000).toFixed(0), "µs wall", ((cpu.user + cpu.system) / n).toFixed(0), "µs cpu");
}
await time("prisma findUnique association omit logo", () => db().association.findUniqueOrThrow({ where: { id }, omit: { logoData: true } }));
await time("prisma findUnique association select 3", () => db().association.findUniqueOrThrow({ where: { id }, select: { id: true, name: true, slug: true } }));
await time("prisma findFirst association select 3", () => db().association.findFirstOrThrow({ where: { id }, select: { id: true, name: true, slug: true } }));
await time("readRows association *", () => readRows('SELECT * FROM "Association" WHERE "id" = $1', [id]));
await time("readRows association 3", () => readRows('SELECT "id","name","slug" FROM "Association" WHERE "id" = $1', [id]));
await time("prisma member findMany 10", () => db().member.findMany({ where: { associationId: id }, select: { id: true, name: true }, orderBy: { name: "asc" } }));
await time("readRows member 10", () => readRows('SELECT "id","name" FROM "Member" WHERE "associationId" = $1 ORDER BY "name"', [id]));
await time("pglite.query member 10 (unnamed)", () => pglite.query('SELECT "id","name" FROM "Member" WHERE "associationId" = $1 ORDER BY "name"', [id]));
await time("prisma $queryRaw member 10", () => db().$queryRaw`SELECT "id","name" FROM "Member" WHERE "associationId" = ${id} ORDER BY "name"`);
process.exit(0);
