// What the member's pages send, pinned (issue 15, ADR 019 fourth pass): the home, balance,
// invoices and statement loaders (and the staff reads sharing their queries) on the demo data plus
// the cases the demo lacks (a credit, a deleted payment, a payment in progress, a draft). The
// snapshot was recorded with the Prisma reads these pages used before their reads moved to plain
// SQL; both databases must keep sending exactly it. Ids are masked (they are random per seed);
// the clock is the e2e journeys' fixed instant, so "today" and every date are the same each run.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXED_DAY, fixTheClock } from "../support/fixed-clock-tests";

const today = FIXED_DAY;

type Loader = (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>;

// The shifted clock must be in place before the app's modules read the time.
await fixTheClock();
const { db } = await import("../../app/utils/db.server");
const { runWithRequestMemo } = await import("../../app/utils/request-memo.server");
const { seedAssociation } = await import("../../prisma/seed");
const { seedDemoInterventions } = await import("../../prisma/seed-interventions");
const { seedFinance } = await import("../../prisma/seed-finance");
const { recordManualPayment, deletePayment } = await import("../../app/domain/payments/manual-payments.server");
const { listInvoices } = await import("../../app/domain/invoicing/invoice-queries.server");
const { memberStatementPage } = await import("../../app/domain/payments/statement.server");
const { getRequest, sessionCookieFor } = await import("../support/http");
const { masked } = await import("../support/masked-ids");
const { createTestDraft } = await import("../support/invoicing");

let seeded: Awaited<ReturnType<typeof seedAssociation>>;
const cookies = new Map<string, string>();

async function loaderOutput(file: string, url: string, cookie: string) {
  const { loader } = (await import(/* @vite-ignore */ path.resolve("app/routes", file))) as { loader: Loader };
  return masked(await runWithRequestMemo(() => loader({ request: getRequest(url, cookie), params: {}, context: {} })));
}

beforeAll(async () => {
  seeded = await seedAssociation(db(), { today });
  await seedDemoInterventions(db(), seeded, today);
  await seedFinance(seeded, today);
  const treasurer = { id: seeded.users.treasurer.id, associationId: seeded.associationId, timeZone: "Europe/Paris" };
  const [first, second] = seeded.memberIds;
  // A credit (the second member, paid up, pays again), a payment deleted by mistake, a SEPA debit
  // still processing on the first member's invoice, and a draft that only staff see.
  await recordManualPayment(treasurer, {
    memberId: second!,
    method: "BANK_TRANSFER",
    receivedOn: "2026-10-02",
    amount: 2_500,
    reference: "VIR AVANCE",
    allocations: [],
  });
  const mistaken = await recordManualPayment(treasurer, {
    memberId: first!,
    method: "CHEQUE",
    receivedOn: "2026-10-05",
    amount: 1_000,
    reference: "Chèque en double",
    allocations: [],
  });
  await deletePayment(treasurer, mistaken.id, "Saisi deux fois");
  const [owed] = await db().invoice.findMany({
    where: { associationId: seeded.associationId, memberId: first!, status: "ISSUED", kind: { not: "CREDIT_NOTE" } },
    orderBy: { sequence: "asc" },
  });
  await db().payment.create({
    data: {
      associationId: seeded.associationId,
      memberId: first!,
      method: "STRIPE_SEPA",
      status: "PROCESSING",
      amountCents: 500,
      receivedOn: new Date(`${today}T00:00:00.000Z`),
      allocations: { create: { associationId: seeded.associationId, invoiceId: owed!.id, amountCents: 500 } },
    },
  });
  await createTestDraft(seeded, { memberId: second });
  for (const user of [seeded.users.member, seeded.users.member2])
    cookies.set(user.email, await sessionCookieFor(user.email));
});

describe("the member's pages send what they sent before their reads moved to plain SQL", () => {
  const pages = [
    ["espace-membre._index.tsx", "/espace-membre"],
    ["espace-membre.solde.tsx", "/espace-membre/solde"],
    ["espace-membre.solde.tsx", "/espace-membre/solde?page=2"],
    ["espace-membre.factures._index.tsx", "/espace-membre/factures"],
    ["espace-membre.releve.tsx", "/espace-membre/releve"],
  ] as const;

  it.each(pages)("%s %s", async (file, url) => {
    expect(await loaderOutput(file, url, cookies.get(seeded.users.member.email)!)).toMatchSnapshot();
  });

  it.each(pages.filter(([, url]) => !url.includes("?")))("%s %s, the member with a credit", async (file, url) => {
    expect(await loaderOutput(file, url, cookies.get(seeded.users.member2.email)!)).toMatchSnapshot();
  });

  it("the staff reads sharing these queries: every invoice, another member's statement", async () => {
    const treasurer = {
      associationId: seeded.associationId,
      role: "treasurer" as const,
      memberId: null,
      timeZone: "Europe/Paris",
    };
    const statements = [];
    for (const memberId of seeded.memberIds.slice(0, 4))
      statements.push(
        (await memberStatementPage({ associationId: seeded.associationId, memberId, timeZone: "Europe/Paris" }))
          .statement,
      );
    expect(masked({ invoices: await listInvoices(treasurer), statements })).toMatchSnapshot();
  });
});
