// Entries typed with no network wait in IndexedDB until they reach the server. Each keeps the
// clientId generated on the phone, so sending it twice (a retry, two tabs) still makes one entry.
// A refused entry stays here, with the server's reason, until the technician fixes or discards it.
import { openDB, type DBSchema } from "idb";

export type QueuedEntry = {
  clientId: string;
  /** The form's fields, as typed (strings), replayed through the same validation as the form. */
  fields: Record<string, string>;
  status: "pending" | "rejected";
  message?: string;
  queuedAt: string;
};

export type SyncResult = { clientId: string; status: "created" | "duplicate" | "rejected"; message?: string };

interface OfflineSchema extends DBSchema {
  entries: { key: string; value: QueuedEntry };
}

const database = () =>
  openDB<OfflineSchema>("quote-part-offline", 1, {
    upgrade(db) {
      db.createObjectStore("entries", { keyPath: "clientId" });
    },
  });

export const QUEUE_CHANGED = "quote-part:queue-changed";
const announce = () => window.dispatchEvent(new Event(QUEUE_CHANGED));

export async function queueEntry(fields: Record<string, string>) {
  const entry: QueuedEntry = { clientId: fields.clientId, fields, status: "pending", queuedAt: new Date().toISOString() };
  await (await database()).put("entries", entry);
  announce();
  return entry;
}

export async function listQueued(): Promise<QueuedEntry[]> {
  const all = await (await database()).getAll("entries");
  return all.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

export async function getQueued(clientId: string) {
  return (await database()).get("entries", clientId);
}

export async function discardQueued(clientId: string) {
  await (await database()).delete("entries", clientId);
  announce();
}

let syncing: Promise<{ sent: number; rejected: number }> | null = null;

/** Sends every pending entry; one request at a time per page, so a tab never races itself. */
export function syncQueued(): Promise<{ sent: number; rejected: number }> {
  syncing ??= sendPending().finally(() => {
    syncing = null;
  });
  return syncing;
}

async function sendPending() {
  const pending = (await listQueued()).filter((entry) => entry.status === "pending");
  if (pending.length === 0 || !navigator.onLine) return { sent: 0, rejected: 0 };
  const response = await fetch("/technicien/temps/sync", {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ entries: pending.map((entry) => entry.fields) }),
  });
  // Not logged in, or the server is down: keep everything for the next try.
  if (!response.ok || !response.headers.get("Content-Type")?.includes("application/json")) return { sent: 0, rejected: 0 };
  const { results } = (await response.json()) as { results: SyncResult[] };
  const db = await database();
  let sent = 0;
  let rejected = 0;
  for (const result of results) {
    const entry = pending.find((item) => item.clientId === result.clientId);
    if (!entry) continue;
    if (result.status === "rejected") {
      rejected += 1;
      await db.put("entries", { ...entry, status: "rejected", message: result.message });
    } else {
      sent += 1;
      await db.delete("entries", entry.clientId);
    }
  }
  announce();
  return { sent, rejected };
}
