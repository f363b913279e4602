import crypto from "node:crypto";
import { drainOutbox } from "./outbox.server";

/** The in-process worker: drains the outbox every few seconds until stopped. */
export function startOutboxWorker(intervalMs = Number(process.env.OUTBOX_INTERVAL_MS ?? 2000)) {
  const workerId = `worker-${process.pid}-${crypto.randomUUID()}`;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(() => (stopped ? 0 : drainOutbox(workerId))).catch((error) => console.error("Outbox :", error));
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
