import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/**
 * Prisma 6.19 hands `Bytes` parameters to driver adapters as base64 text; adapter-pg lets
 * PostgreSQL decode them, but pglite-prisma-adapter 0.6.1 passes the text on and PGlite refuses it
 * ("Invalid input for bytea type"). This wraps the adapter so bytes arrive as binary.
 */
export function withBinaryBytes(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return new Proxy(factory, {
    get(target, property, receiver) {
      if (property === "connect") {
        return async () => wrapQueryable(await target.connect());
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

function decodeBytes(query: SqlQuery): SqlQuery {
  if (!query.argTypes.some((type) => type.scalarType === "bytes")) return query;
  const args = query.args.map((value, index) =>
    query.argTypes[index]?.scalarType === "bytes" && typeof value === "string" ? Buffer.from(value, "base64") : value,
  );
  return { ...query, args };
}

function wrapQueryable<T extends SqlDriverAdapter | Transaction>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      if (property === "queryRaw") return (query: SqlQuery) => target.queryRaw(decodeBytes(query));
      if (property === "executeRaw") return (query: SqlQuery) => target.executeRaw(decodeBytes(query));
      if (property === "startTransaction" && "startTransaction" in target) {
        return async (isolationLevel?: Parameters<SqlDriverAdapter["startTransaction"]>[0]) =>
          wrapQueryable(await (target as SqlDriverAdapter).startTransaction(isolationLevel));
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
