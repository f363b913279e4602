// Public iCal feed, keyed by a secret: /calendrier/<token>.ics. Unknown or revoked → 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedCalendar } from "~/domain/scheduling/feeds.server";
import { DomainError } from "~/domain/domain-error";
import { downloadOrRefusal } from "~/utils/download-response.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return downloadOrRefusal(request, async () => {
    const token = (params.token ?? "").replace(/\.ics$/, "");
    const body = await feedCalendar(token);
    if (body === null) throw new DomainError({ code: "FEED_NOT_FOUND", status: 404, key: "scheduling.feed.notFound" });
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="interventions.ics"',
        "Cache-Control": "private, max-age=300",
        "X-Robots-Tag": "noindex",
      },
    });
  });
}
