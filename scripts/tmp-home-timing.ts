import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, useDatabase } from "../app/utils/db.server";
import { applyMigrations } from "../app/utils/migrate.server";
import { seedDemoIfEmpty } from "../prisma/seed";
import { memberHome } from "../app/domain/dashboard/home.server";
import { memberPaymentInfo } from "../app/domain/payments/statement.server";
import { memberNextSteps } from "../app/domain/members/member-space.server";
import { openBalancesInTx } from "../app/domain/payments/open-balances.server";
import { memberBalances } from "../app/domain/ledger/balances.server";
import { getCurrentUser } from "../app/utils/auth.server";
import { startSession } from "../app/utils/session.server";
const url = process.argv[2] ?? `file:${fs.mkdtempSync(path.join(os.tmpdir(), "qp-home-"))}`;
const database = useDatabase(await openDatabase(url));
await database.withRawSql((raw) => applyMigrations(raw));
await seedDemoIfEmpty(database.prisma, "2026-11-24");
const account = await database.prisma.user.findUniqueOrThrow({ where: { email: "membre@demo.quote-part.test" }, include: { memberships: true } });
process.env.SESSION_SECRET = "x".repeat(40);
const cookie = (await startSession(new Request("http://x/"), { ...account.memberships[0], userId: account.id })).split(";")[0];
const user = (await getCurrentUser(new Request("http://x/", { headers: { Cookie: cookie } })))!;
const scope = { associationId: user.associationId, memberId: user.memberId! };
const parts: Record<string, () => Promise<unknown>> = {
  session: () => getCurrentUser(new Request("http://x/", { headers: { Cookie: cookie } })),
  memberHome: () => memberHome(user),
  memberBalances: () => memberBalances(scope, null),
  memberPaymentInfo: () => memberPaymentInfo(scope),
  openBalances: () => openBalancesInTx(database.prisma, scope.associationId, { memberId: scope.memberId }),
  memberNextSteps: () => memberNextSteps(user),
};
for (const [name, run] of Object.entries(parts)) {
  for (let i = 0; i < 5; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < 30; i++) { const t = performance.now(); await run(); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(20)} median ${times[15].toFixed(2)} ms`);
}
await database.close();
