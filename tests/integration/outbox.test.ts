import { describe, expect, it } from "vitest";
import { db } from "../../app/utils/db.server";
import { claimNextJob, drainOutbox, enqueueJob, registerOutboxHandler } from "../../app/utils/outbox.server";

const runs = new Map<string, number>();
registerOutboxHandler("test-count", async (payload) => {
  const key = (payload as { key: string }).key;
  runs.set(key, (runs.get(key) ?? 0) + 1);
  // A little waiting, so racing lanes really interleave.
  await new Promise((resolve) => setTimeout(resolve, 2));
});
registerOutboxHandler("test-fail", async () => {
  throw new Error("SMTP indisponible");
});

describe("outbox", () => {
  it("enqueues a job once per dedupe key", async () => {
    expect(await enqueueJob(db(), "test-count", { key: "once" }, { dedupeKey: "dedupe:once" })).toBe(true);
    expect(await enqueueJob(db(), "test-count", { key: "once" }, { dedupeKey: "dedupe:once" })).toBe(false);
    expect(await db().outboxJob.count({ where: { dedupeKey: "dedupe:once" } })).toBe(1);
    await drainOutbox();
    expect(runs.get("once")).toBe(1);
  });

  it("runs every job exactly once when two workers race, several lanes each", async () => {
    for (let i = 0; i < 30; i += 1)
      await enqueueJob(db(), "test-count", { key: `race-${i}` }, { dedupeKey: `race:${i}` });
    const [first, second] = await Promise.all([drainOutbox("worker-a", 3), drainOutbox("worker-b", 3)]);
    expect(first + second).toBe(30);
    for (let i = 0; i < 30; i += 1) expect(runs.get(`race-${i}`), `race-${i}`).toBe(1);
    expect(await db().outboxJob.count({ where: { dedupeKey: { startsWith: "race:" }, status: { not: "DONE" } } })).toBe(
      0,
    );
  });

  it("takes an urgent job (a password reset) before the bulk mail queued ahead of it", async () => {
    for (let i = 0; i < 5; i += 1)
      await enqueueJob(db(), "test-count", { key: `bulk-${i}` }, { dedupeKey: `bulk:${i}` });
    await enqueueJob(db(), "test-count", { key: "urgent" }, { dedupeKey: "urgent:1", urgent: true });
    const first = await claimNextJob("worker-priority");
    expect(first?.payload).toEqual({ key: "urgent" });
    await drainOutbox("worker-priority");
  });

  it("takes back a job whose worker died mid-way, so nothing is lost", async () => {
    await enqueueJob(db(), "test-count", { key: "crashed" }, { dedupeKey: "crash:1" });
    const claimed = await claimNextJob("worker-that-dies");
    expect(claimed?.kind).toBe("test-count");
    // Still locked by the dead worker: a fresh drain leaves it alone…
    expect(await drainOutbox("survivor")).toBe(0);
    // …until its lock is stale.
    await db().outboxJob.update({ where: { id: claimed!.id }, data: { lockedAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await drainOutbox("survivor")).toBe(1);
    expect(runs.get("crashed")).toBe(1);
    expect((await db().outboxJob.findUniqueOrThrow({ where: { id: claimed!.id } })).status).toBe("DONE");
  });

  it("keeps a failing job with its error and retries it later, then gives up after 8 attempts", async () => {
    await enqueueJob(db(), "test-fail", {}, { dedupeKey: "fail:1" });
    await drainOutbox();
    let job = await db().outboxJob.findUniqueOrThrow({ where: { dedupeKey: "fail:1" } });
    expect(job.status).toBe("PENDING");
    expect(job.attempts).toBe(1);
    expect(job.lastError).toContain("SMTP indisponible");
    expect(job.runAt.getTime()).toBeGreaterThan(Date.now());
    for (let attempt = 2; attempt <= 8; attempt += 1) {
      await db().outboxJob.update({ where: { id: job.id }, data: { runAt: new Date(Date.now() - 1000) } });
      await drainOutbox();
    }
    job = await db().outboxJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(job.attempts).toBe(8);
    expect(job.status).toBe("FAILED");
  });
});
