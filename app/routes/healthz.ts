import { db, currentDatabase } from "~/utils/db.server";

/** For uptime checks and the reverse proxy: 200 when the database answers, 503 otherwise. */
export async function loader() {
  const started = performance.now();
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json(
      { status: "ok", database: { status: "ok", kind: currentDatabase()?.kind, latencyMs: Math.round(performance.now() - started) } },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return Response.json(
      { status: "error", database: { status: "unreachable", error: (error as Error).message } },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
