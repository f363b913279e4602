import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";
import { config } from "./config.server";

/**
 * Counts the SQL round trips the app makes, at the driver adapter: each query, each statement,
 * and each BEGIN / COMMIT / ROLLBACK of a transaction is one trip to the database. Off unless
 * `QP_COUNT_QUERIES=true` (the page benchmark) or a test turns it on: counting costs a closure
 * per call, so production does not pay it.
 */
const counter = { enabled: config().QP_COUNT_QUERIES, trips: 0 };

export function countQueries(enabled = true) {
  counter.enabled = enabled;
}

/** One round trip made outside Prisma's adapter (OpenDatabase.readRows). */
export function countRoundTrip() {
  if (counter.enabled) counter.trips += 1;
}

export function sqlRoundTrips() {
  return counter.trips;
}

/** Runs `work` and tells how many round trips it made (the counter is process-wide: run alone). */
export async function roundTripsOf<T>(work: () => Promise<T>): Promise<{ result: T; trips: number }> {
  const before = counter.trips;
  const result = await work();
  return { result, trips: counter.trips - before };
}

export function withQueryCounting(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return new Proxy(factory, {
    get(target, property, receiver) {
      if (property === "connect") return async () => countingQueryable(await target.connect());
      return Reflect.get(target, property, receiver);
    },
  });
}

const countedMethods = new Set(["queryRaw", "executeRaw", "executeScript", "commit", "rollback"]);

function countingQueryable<T extends SqlDriverAdapter | Transaction>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "startTransaction") {
        return async (...args: unknown[]) => {
          if (counter.enabled) counter.trips += 1; // BEGIN
          return countingQueryable(await value.apply(target, args));
        };
      }
      if (typeof property === "string" && countedMethods.has(property)) {
        return (...args: unknown[]) => {
          if (counter.enabled) counter.trips += 1;
          return value.apply(target, args);
        };
      }
      return value.bind(target);
    },
  });
}
