import { db, currentDatabase } from "~/utils/db.server";

/** For uptime checks and the reverse proxy: 200 when the database answers, 503 otherwise; with the outbox backlog. */
export async function loader() {
  const started = performance.now();
  try {
    await db().$queryRaw`SELECT 1`;
    const latencyMs = Math.round(performance.now() - started);
    // A growing backlog or an old job means the worker is stuck or mail cannot leave.
    const [backlog, oldest] = await Promise.all([
      db().outboxJob.count({ where: { status: { in: ["PENDING", "PROCESSING"] } } }),
      db().outboxJob.findFirst({
        where: { status: { in: ["PENDING", "PROCESSING"] } },
        orderBy: { createdAt: "asc" },
        select: { createdAt: true },
      }),
    ]);
    const oldestAgeSeconds = oldest ? Math.max(0, Math.round((Date.now() - oldest.createdAt.getTime()) / 1000)) : 0;
    return Response.json(
      // `time`: the server's clock. Signed webhooks (Stripe, the PA) are refused beyond 5 minutes of skew.
      {
        status: "ok",
        time: new Date().toISOString(),
        database: { status: "ok", kind: currentDatabase()?.kind, latencyMs },
        outbox: { backlog, oldestAgeSeconds },
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return Response.json(
      { status: "error", database: { status: "unreachable", error: (error as Error).message } },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
