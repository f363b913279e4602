// JSON endpoint of the offline queue: the phone posts the entries it kept while offline, each
// with its clientId, and the timers it started or stopped offline (the tapped instants, keyed by
// the timer's clientId), and gets one result per item. A replay answers "duplicate" and writes
// nothing; a refusal carries the sentence the technician sees next to the queued item.
import type { ActionFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { createTimeEntry } from "~/domain/time/time-entries.server";
import { DomainError } from "~/domain/domain-error";
import { refusalText } from "~/utils/domain-error.server";
import { TimeEntrySchema } from "~/domain/time/time-entry.schema";
import { syncTimerTaps } from "~/domain/time/timer-sync.server";
import { TimerTapsSchema } from "~/domain/time/timer-taps.schema";
import type { CurrentUser } from "~/utils/auth.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { parseForm } from "~/utils/forms/parse-form";
import { cleanFormData, readJson } from "~/utils/forms/read-form.server";
import { translate, translateError } from "~/utils/i18n";

const MAX_ITEMS_PER_SYNC = 100;

type SyncResult = {
  clientId: string;
  status: "created" | "started" | "stopped" | "duplicate" | "discarded" | "rejected";
  entryId?: string;
  message?: string;
};

/** The form's fields as FormData, cleaned like a posted form (control characters), so it parses the same. */
function formDataOf(raw: unknown) {
  const fields = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const strings = Object.entries(fields).filter((field): field is [string, string] => typeof field[1] === "string");
  const formData = cleanFormData(strings);
  return { formData, clientId: formData.get("clientId")?.toString() ?? "" };
}

function invalid(
  user: CurrentUser,
  clientId: string,
  error: Record<string, string[] | null> | null | undefined,
): SyncResult {
  const details = Object.values(error ?? {})
    .flat()
    .filter((message): message is string => Boolean(message))
    .map((message) => translateError(user.locale, message));
  return {
    clientId,
    status: "rejected",
    message: translate(user.locale, "time.refusal.INVALID", { details: [...new Set(details)].join(" ") }),
  };
}

/** A domain refusal (or another tenant's intervention) becomes the item's reason; anything else is a real error. */
function refused(user: CurrentUser, clientId: string, error: unknown): SyncResult {
  if (error instanceof DomainError) return { clientId, status: "rejected", message: refusalText(error, user).error };
  if (error instanceof Response && error.status === 404)
    return { clientId, status: "rejected", message: translate(user.locale, "errors.notFound") };
  throw error;
}

/**
 * Parses each item with the schema and applies the valid ones, in order: one result per item,
 * an invalid or refused item is rejected with its reason, and the others still go through.
 */
async function syncEach<Schema extends z.ZodTypeAny>(
  user: CurrentUser,
  items: unknown[],
  schema: Schema,
  apply: (clientId: string, value: z.output<Schema>) => Promise<SyncResult>,
): Promise<SyncResult[]> {
  const results: SyncResult[] = [];
  for (const raw of items) {
    const { formData, clientId } = formDataOf(raw);
    const submission = parseForm(formData, { schema });
    if (submission.status !== "success") {
      results.push(invalid(user, clientId, submission.error));
      continue;
    }
    try {
      results.push(await apply(clientId, submission.value));
    } catch (error) {
      results.push(refused(user, clientId, error));
    }
  }
  return results;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "time:log");
  const body = await readJson(request);
  const entries = (body as { entries?: unknown })?.entries ?? [];
  const timers = (body as { timers?: unknown })?.timers ?? [];
  if (!Array.isArray(entries) || !Array.isArray(timers) || entries.length + timers.length > MAX_ITEMS_PER_SYNC) {
    return Response.json(
      { error: "Corps JSON attendu : { entries: [...], timers: [...] } (100 au plus)" },
      { status: 400 },
    );
  }

  // One after the other: each entry may overlap the one before it.
  const results = await syncEach(user, entries, TimeEntrySchema, async (clientId, value) => {
    const { entry, duplicate } = await createTimeEntry(user, value);
    return { clientId, status: duplicate ? "duplicate" : "created", entryId: entry.id };
  });
  const timerResults = await syncEach(user, timers, TimerTapsSchema, async (clientId, value) => {
    const { interventionId, startedAt, endedAt } = value;
    const outcome = await syncTimerTaps(user, {
      clientId,
      interventionId,
      startedAt: new Date(startedAt),
      endedAt: endedAt ? new Date(endedAt) : null,
    });
    return outcome.status === "discarded"
      ? { clientId, status: "discarded", message: translate(user.locale, "time.timerDiscarded") }
      : { clientId, status: outcome.status, entryId: outcome.entry.id };
  });
  return Response.json({ results, timers: timerResults });
}
