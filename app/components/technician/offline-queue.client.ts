// Entries typed with no network wait in IndexedDB until they reach the server. Each keeps the
// clientId generated on the phone, so sending it twice (a retry, two tabs) still makes one entry.
// A refused entry stays here, with the server's reason, until the technician fixes or discards it.
// Timers tapped with no network wait here too: the instants of the start and stop taps, under the
// timer's clientId (the server's one when the timer was started online).
import { newClientId } from "./client-id";

export type QueuedEntry = {
  clientId: string;
  /** The form's fields, as typed (strings), replayed through the same validation as the form. */
  fields: Record<string, string>;
  status: "pending" | "rejected";
  message?: string;
  queuedAt: string;
};

export type QueuedTimer = {
  clientId: string;
  interventionId: string;
  /** What the technician reads: the intervention and the member. */
  title: string;
  startedAt: string;
  /** Null while the timer runs on the phone. */
  endedAt: string | null;
  status: "pending" | "rejected";
  message?: string;
};

export type SyncResult = {
  clientId: string;
  status: "created" | "started" | "stopped" | "duplicate" | "discarded" | "rejected";
  message?: string;
};

type Stores = { entries: QueuedEntry; timers: QueuedTimer };
type StoreName = keyof Stores;

// IndexedDB's own requests, awaited. The `idb` package did the same in 1.4 KB gzip of the 4 KB
// every visit to the technician's Today page loads (ADR 019); these four calls are all we use.
function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** One store's request in its own transaction; a write resolves once its transaction committed. */
async function inStore<T>(
  db: IDBDatabase,
  name: StoreName,
  write: boolean,
  run: (store: IDBObjectStore) => IDBRequest,
) {
  const transaction = db.transaction(name, write ? "readwrite" : "readonly");
  const done = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = transaction.onabort = () =>
      reject(transaction.error ?? new DOMException("AbortError", "AbortError"));
  });
  const [result] = await Promise.all([settled(run(transaction.objectStore(name))), write ? done : undefined]);
  return result as T;
}

const database = async () => {
  const open = indexedDB.open("quote-part-offline", 2);
  open.onupgradeneeded = (event) => {
    if (event.oldVersion < 1) open.result.createObjectStore("entries", { keyPath: "clientId" });
    if (event.oldVersion < 2) open.result.createObjectStore("timers", { keyPath: "clientId" });
  };
  const db = await settled(open);
  return {
    get: <N extends StoreName>(name: N, key: string) =>
      inStore<Stores[N] | undefined>(db, name, false, (store) => store.get(key)),
    getAll: <N extends StoreName>(name: N) => inStore<Stores[N][]>(db, name, false, (store) => store.getAll()),
    put: <N extends StoreName>(name: N, value: Stores[N]) => inStore(db, name, true, (store) => store.put(value)),
    delete: (name: StoreName, key: string) => inStore(db, name, true, (store) => store.delete(key)),
  };
};

export const QUEUE_CHANGED = "quote-part:queue-changed";
const announce = () => window.dispatchEvent(new Event(QUEUE_CHANGED));

/** Stores (or replaces) a queued entry or timer and tells the page; gives it back. */
async function saveQueued<N extends StoreName>(name: N, item: Stores[N]) {
  await (await database()).put(name, item);
  announce();
  return item;
}

/** A store's items, the oldest first by the instant given. */
async function listOldestFirst<N extends StoreName>(name: N, instantOf: (item: Stores[N]) => string) {
  const all = await (await database()).getAll(name);
  return all.sort((a, b) => instantOf(a).localeCompare(instantOf(b)));
}

async function discardFrom(name: StoreName, clientId: string) {
  await (await database()).delete(name, clientId);
  announce();
}

export async function queueEntry(fields: Record<string, string>) {
  const entry: QueuedEntry = {
    clientId: fields.clientId,
    fields,
    status: "pending",
    queuedAt: new Date().toISOString(),
  };
  return saveQueued("entries", entry);
}

export async function listQueued(): Promise<QueuedEntry[]> {
  return listOldestFirst("entries", (entry) => entry.queuedAt);
}

export async function getQueued(clientId: string) {
  return (await database()).get("entries", clientId);
}

export async function discardQueued(clientId: string) {
  await discardFrom("entries", clientId);
}

/** The start tap, offline: the phone's instant, under a new clientId. */
export async function tapStart(interventionId: string, title: string, at = new Date()) {
  const timer: QueuedTimer = {
    clientId: newClientId(),
    interventionId,
    title,
    startedAt: at.toISOString(),
    endedAt: null,
    status: "pending",
  };
  return saveQueued("timers", timer);
}

/** The stop tap, offline: of a timer started on the phone, or of the one running on the server. */
export async function tapStop(
  running: Pick<QueuedTimer, "clientId" | "interventionId" | "title" | "startedAt">,
  at = new Date(),
) {
  const timer: QueuedTimer = { ...running, endedAt: at.toISOString(), status: "pending" };
  return saveQueued("timers", timer);
}

export async function listTimers(): Promise<QueuedTimer[]> {
  return listOldestFirst("timers", (timer) => timer.startedAt);
}

export async function discardTimer(clientId: string) {
  await discardFrom("timers", clientId);
}

type SyncCounts = { sent: number; rejected: number; discarded: number };
let syncing: Promise<SyncCounts> | null = null;

/** Sends every pending entry; one request at a time per page, so a tab never races itself. */
export function syncQueued(): Promise<SyncCounts> {
  syncing ??= sendPending().finally(() => {
    syncing = null;
  });
  return syncing;
}

async function sendPending(): Promise<SyncCounts> {
  const pending = (await listQueued()).filter((entry) => entry.status === "pending");
  const timers = (await listTimers()).filter((timer) => timer.status === "pending");
  const nothing: SyncCounts = { sent: 0, rejected: 0, discarded: 0 };
  if ((pending.length === 0 && timers.length === 0) || !navigator.onLine) return nothing;
  const response = await fetch("/technicien/temps/sync", {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({
      entries: pending.map((entry) => entry.fields),
      timers: timers.map(({ clientId, interventionId, startedAt, endedAt }) => ({
        clientId,
        interventionId,
        startedAt,
        endedAt,
      })),
    }),
  });
  // Not logged in, or the server is down: keep everything for the next try.
  if (!response.ok || !response.headers.get("Content-Type")?.includes("application/json")) return nothing;
  const body = (await response.json()) as { results: SyncResult[]; timers?: SyncResult[] };
  const db = await database();
  let sent = 0;
  let rejected = 0;
  let discarded = 0;
  for (const result of body.results) {
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
  for (const result of body.timers ?? []) {
    const sentTimer = timers.find((item) => item.clientId === result.clientId);
    // A stop tapped while this request was on its way is newer than what was sent: keep it.
    const stored = await db.get("timers", result.clientId);
    if (!sentTimer || !stored || stored.endedAt !== sentTimer.endedAt) continue;
    if (result.status === "rejected") {
      rejected += 1;
      await db.put("timers", { ...stored, status: "rejected", message: result.message });
    } else if (result.status === "discarded") {
      // Under a minute, the server kept nothing: nothing is left to send either.
      discarded += 1;
      await db.delete("timers", stored.clientId);
    } else {
      sent += 1;
      await db.delete("timers", stored.clientId);
    }
  }
  announce();
  return { sent, rejected, discarded };
}
