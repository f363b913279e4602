import crypto from "node:crypto";
import { checkAllBalanceAlerts } from "~/domain/ledger/alerts.server";
import { enqueueAllDueReminders } from "~/domain/invoicing/reminders.server";
import { drainOutbox, OUTBOX_CONCURRENCY } from "./outbox.server";
// Registers the password-reset job handler: the request page only enqueues (same path for all).
import "~/domain/accounts/password-reset.server";
import { config } from "./config.server";

interface PeriodicTask {
  everyMs: number;
  run: () => Promise<unknown>;
  lastRunAt: number;
}

const periodicTasks = new Map<string, PeriodicTask>();

/**
 * Work the worker runs at most every `everyMs` (alerts, reminders), between two outbox drains.
 * The last run is remembered in memory only: tasks must be safe to repeat (dedupe keys).
 */
export function registerPeriodicTask(name: string, everyMs: number, run: () => Promise<unknown>) {
  periodicTasks.set(name, { everyMs, run, lastRunAt: 0 });
}

/** Runs the tasks that are due; a failing task is retried at its next interval. */
export async function runDuePeriodicTasks(now = Date.now()) {
  for (const [name, task] of periodicTasks) {
    if (now - task.lastRunAt < task.everyMs) continue;
    task.lastRunAt = now;
    await task.run().catch((error) => console.error(`Tâche périodique ${name} :`, error));
  }
}

registerPeriodicTask("balance-alerts", 60 * 60 * 1000, () => checkAllBalanceAlerts());
// Also loads the reminder and invoice email handlers (reminders.server imports them), so their jobs run here.
registerPeriodicTask("invoice-reminders", 60 * 60 * 1000, () => enqueueAllDueReminders());

/** The in-process worker: drains the outbox every few seconds until stopped. */
export function startOutboxWorker(intervalMs = config().OUTBOX_INTERVAL_MS) {
  const workerId = `worker-${process.pid}-${crypto.randomUUID()}`;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running
      .then(() => (stopped ? undefined : runDuePeriodicTasks()))
      .then(() => (stopped ? 0 : drainOutbox(workerId, OUTBOX_CONCURRENCY)))
      .catch((error) => console.error("Outbox :", error));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
