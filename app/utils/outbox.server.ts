import crypto from "node:crypto";
import type { Prisma } from "~/generated/prisma/client.ts";
import { db, type Tx } from "./db.server";
import { deliverMail, type MailMessage } from "./mail.server";
import { config } from "./config.server";

type JobHandler = (payload: Prisma.JsonValue, job: { id: string; associationId: string | null }) => Promise<void>;

const handlers = new Map<string, JobHandler>([
  ["email", async (payload, job) => deliverMail(payload as unknown as MailMessage, job.id)],
]);

/** Lets a domain area register the work behind its own job kinds (alerts, reminders…). */
export function registerOutboxHandler(kind: string, handler: JobHandler) {
  handlers.set(kind, handler);
}

export interface EnqueueOptions {
  associationId?: string | null;
  /** The same key is enqueued once: an alert, a reminder or an invoice email is never sent twice. */
  dedupeKey?: string;
  runAt?: Date;
  /** Someone is waiting for it on screen (a reset link, an invitation): it goes before bulk mail. */
  urgent?: boolean;
}

/** The priority of an urgent job; bulk mail (invoices, reminders, alerts) stays at 0. */
export const URGENT_PRIORITY = 10;

/** Enqueues a job; pass the transaction client so the job commits with the change that caused it. */
export async function enqueueJob(
  client: Tx,
  kind: string,
  payload: Prisma.InputJsonValue,
  options: EnqueueOptions = {},
) {
  const dedupeKey = options.dedupeKey ?? `${kind}:${crypto.randomUUID()}`;
  const inserted = await client.outboxJob.createMany({
    data: [
      {
        kind,
        payload,
        dedupeKey,
        associationId: options.associationId ?? null,
        runAt: options.runAt ?? new Date(),
        priority: options.urgent ? URGENT_PRIORITY : 0,
      },
    ],
    skipDuplicates: true,
  });
  return inserted.count === 1;
}

export function enqueueEmail(client: Tx, message: MailMessage, options: EnqueueOptions = {}) {
  return enqueueJob(client, "email", message as unknown as Prisma.InputJsonValue, options);
}

// A job whose worker died is taken again after this long; its effect may then run twice, so
// handlers must be safe to repeat (sending a mail twice is the accepted worst case).
const STALE_LOCK_MINUTES = 5;
const MAX_ATTEMPTS = 8;

interface ClaimedJob {
  id: string;
  kind: string;
  payload: Prisma.JsonValue;
  associationId: string | null;
  attempts: number;
}

/** Takes one due job; SKIP LOCKED lets racing workers each take a different one. */
export async function claimNextJob(workerId: string): Promise<ClaimedJob | undefined> {
  const rows = await db().$queryRaw<ClaimedJob[]>`
    UPDATE "OutboxJob" SET status = 'PROCESSING', "lockedAt" = now(), "lockedBy" = ${workerId}, attempts = attempts + 1
    WHERE id = (
      SELECT id FROM "OutboxJob"
      WHERE (status = 'PENDING' AND "runAt" <= now())
         OR (status = 'PROCESSING' AND "lockedAt" < now() - make_interval(mins => ${STALE_LOCK_MINUTES}))
      ORDER BY priority DESC, "runAt", "createdAt"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, kind, payload, "associationId", attempts`;
  return rows[0];
}

export async function runJob(job: ClaimedJob, workerId: string) {
  const handler = handlers.get(job.kind);
  try {
    if (!handler) throw new Error(`Aucun traitement pour les tâches « ${job.kind} ».`);
    await handler(job.payload, job);
    await db().outboxJob.updateMany({
      where: { id: job.id, lockedBy: workerId },
      data: { status: "DONE", completedAt: new Date(), lockedAt: null },
    });
  } catch (error) {
    const failedForGood = job.attempts >= MAX_ATTEMPTS;
    // Exponential backoff: 1, 2, 4… minutes.
    const retryAt = new Date(Date.now() + 60_000 * 2 ** (job.attempts - 1));
    await db().outboxJob.updateMany({
      where: { id: job.id, lockedBy: workerId },
      data: {
        status: failedForGood ? "FAILED" : "PENDING",
        lastError: String((error as Error).message ?? error).slice(0, 2000),
        runAt: retryAt,
        lockedAt: null,
      },
    });
  }
}

/**
 * How many jobs one worker runs at once. Building a PDF is CPU work but each job also waits on the
 * database and the mail transport; a few lanes overlap those waits (SKIP LOCKED keeps them apart).
 */
export const OUTBOX_CONCURRENCY = config().OUTBOX_CONCURRENCY;

/** Runs every due job now, in `concurrency` lanes; returns how many ran. Used by the worker and tests. */
export async function drainOutbox(workerId = `drain-${process.pid}-${crypto.randomUUID()}`, concurrency = 1) {
  let count = 0;
  const lane = async () => {
    for (let job = await claimNextJob(workerId); job; job = await claimNextJob(workerId)) {
      await runJob(job, workerId);
      count += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return count;
}
