// What the subscriptions list sends, pinned (issue 15, ADR 019 fourth pass, the treasurer's pages):
// the loader on the demo data (this year's period with days carried in, last year's closed one with
// a capacity override), a period asked for by id, an unknown one (the current period instead), and
// another association whose periods and subscriptions must never show. The snapshot was recorded
// with the Prisma reads the page used before its read moved to plain SQL; both databases must keep
// sending exactly it. Ids are masked (random per seed); the clock is the e2e journeys' fixed instant.
import { beforeAll, describe, expect, it } from "vitest";
import { FIXED_DAY, fixTheClock } from "../support/fixed-clock-tests";

const today = FIXED_DAY;

// The shifted clock must be in place before the app's modules read the time.
await fixTheClock();
const { db } = await import("../../app/utils/db.server");
const { runWithRequestMemo } = await import("../../app/utils/request-memo.server");
const { seedAssociation } = await import("../../prisma/seed");
const { seedDemoInterventions } = await import("../../prisma/seed-interventions");
const { seedFinance } = await import("../../prisma/seed-finance");
const { seedPreviousPeriod } = await import("../../prisma/seed-previous-period");
const { loader } = await import("../../app/routes/souscriptions._index");
const { readSubscriptionsPage } = await import("../../app/domain/subscriptions/subscriptions-read.server");
const { capacityFromRead, periodCapacity } = await import("../../app/domain/capacity/capacity.server");
const { getRequest, sessionCookieFor } = await import("../support/http");
const { masked } = await import("../support/masked-ids");

let seeded: Awaited<ReturnType<typeof seedAssociation>>;
let cookie = "";

async function loaderOutput(url: string) {
  return runWithRequestMemo(() => loader({ request: getRequest(url, cookie), params: {}, context: {} }));
}

beforeAll(async () => {
  seeded = await seedAssociation(db(), { today });
  await seedDemoInterventions(db(), seeded, today);
  await seedPreviousPeriod(db(), seeded, today);
  await seedFinance(seeded, today);
  const other = await seedAssociation(db(), { slug: "other", name: "Amie B", emailDomain: "b.test", today });
  await seedDemoInterventions(db(), other, today);
  cookie = await sessionCookieFor(seeded.users.treasurer.email);
});

describe("the subscriptions list sends what it sent before its read moved to plain SQL", () => {
  it("the current period", async () => {
    expect(masked(await loaderOutput("/souscriptions"))).toMatchSnapshot();
  });

  it("last year's period asked for by id, and an unknown id (the current period instead)", async () => {
    const current = (await loaderOutput("/souscriptions")) as { periods: { id: string }[]; periodId: string };
    const previous = current.periods.find((period) => period.id !== current.periodId)!;
    const asked = await loaderOutput(`/souscriptions?periode=${previous.id}`);
    expect(masked(asked)).toMatchSnapshot();
    expect(await loaderOutput("/souscriptions?periode=nope")).toEqual(current);
  });

  it("another association's period id is unknown here", async () => {
    const current = await loaderOutput("/souscriptions");
    const foreign = await db().period.findFirstOrThrow({ where: { association: { slug: "other" } } });
    expect(await loaderOutput(`/souscriptions?periode=${foreign.id}`)).toEqual(current);
  });

  it("each period's capacity computed from the SQL read is the one computed from Prisma's read", async () => {
    const { periods } = await readSubscriptionsPage(seeded.associationId, null, today);
    expect(periods).toHaveLength(2);
    for (const { id } of periods) {
      const { chosen } = await readSubscriptionsPage(seeded.associationId, id, today);
      expect(capacityFromRead(chosen!.period, chosen!.capacity)).toEqual(
        await periodCapacity(seeded.associationId, id),
      );
    }
  });
});
