// Times the statements of the member's home and balance pages on the bench's data (the demo
// association at the bench's clock), one statement at a time, and prints their EXPLAIN ANALYZE.
//   npx tsx scripts/measure-member-statements.ts                 PGlite in a temp directory
//   MEASURE_URL=postgres://… npx tsx scripts/measure-member-statements.ts   (the database is wiped)
//   MEASURE_RUNS (default 300), MEASURE_EXPLAIN=false to skip the plans (written to /tmp/perfhome/)
// The clock is set before any module that reads it is loaded, hence the dynamic imports.
export {};
process.env.QUOTE_PART_CLOCK ??= "2026-11-24T09:00:00+01:00";
await import("./fixed-clock");
await import("../app/utils/messages/all.server");
const fs = await import("node:fs");
const os = await import("node:os");
const path = await import("node:path");
const { openDatabase, useDatabase: installDatabase } = await import("../app/utils/db.server");
const { applyMigrations } = await import("../app/utils/migrate.server");
const { seedDemoIfEmpty, demoAccounts } = await import("../prisma/seed");
const { memberHomePage } = await import("../app/domain/members/member-home.server");
const { memberBalance } = await import("../app/domain/ledger/balances.server");

const url = process.env.MEASURE_URL ?? `file:${fs.mkdtempSync(path.join(os.tmpdir(), "qp-measure-"))}`;
if (url.startsWith("postgres")) {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  await client.end();
}
const open = await openDatabase(url);
await open.withRawSql((raw) => applyMigrations(raw));
installDatabase(open);
await seedDemoIfEmpty(open.prisma);
const captured: { sql: string; params: unknown[] }[] = [];
const realRead = open.readRows;
installDatabase({
  ...open,
  readRows: (sql, params) => {
    captured.push({ sql, params });
    return realRead(sql, params);
  },
});
const account = demoAccounts.find((candidate) => candidate.role === "member")!;
const user = await open.prisma.user.findFirstOrThrow({ where: { email: account.email } });
const membership = await open.prisma.membership.findFirstOrThrow({ where: { userId: user.id } });
const current = {
  id: user.id,
  email: user.email,
  name: user.name,
  locale: "fr" as const,
  role: "member" as const,
  associationId: membership.associationId,
  associationName: "",
  timeZone: "Europe/Paris",
  memberId: membership.memberId,
  isMemberAdmin: false,
  sessionId: "",
};
const runs = Number(process.env.MEASURE_RUNS ?? 300);
const pages = {
  home: () => memberHomePage(current as never),
  balance: () =>
    memberBalance({ associationId: current.associationId, memberId: current.memberId! }, current.memberId!, null, 1),
};
for (const [name, call] of Object.entries(pages)) {
  captured.length = 0;
  await call();
  const statements = [...captured];
  for (let i = 0; i < 30; i++) await call();
  let start = performance.now();
  for (let i = 0; i < runs; i++) await call();
  const perCall = (performance.now() - start) / runs;
  for (const [index, { sql, params }] of statements.entries()) {
    for (let i = 0; i < 30; i++) await realRead(sql, params);
    start = performance.now();
    for (let i = 0; i < runs; i++) await realRead(sql, params);
    const perStatement = (performance.now() - start) / runs;
    console.log(
      `${open.kind} ${name}: whole call ${perCall.toFixed(3)} ms; statement ${index} ${perStatement.toFixed(3)} ms (${sql.length} chars)`,
    );
    if (process.env.MEASURE_EXPLAIN !== "false") {
      const plan = await realRead<Record<string, string>>(`EXPLAIN (ANALYZE, BUFFERS false) ${sql}`, params);
      fs.mkdirSync("/tmp/perfhome", { recursive: true });
      fs.writeFileSync(
        `/tmp/perfhome/plan-${open.kind}-${name}-${index}.txt`,
        plan.map((row) => Object.values(row)[0]).join("\n"),
      );
      fs.writeFileSync(`/tmp/perfhome/sql-${open.kind}-${name}-${index}.sql`, `${sql}\n-- ${JSON.stringify(params)}`);
    }
  }
}
console.log(await realRead("SELECT name, generic_plans, custom_plans FROM pg_prepared_statements", []));
await open.close();
