// JSON endpoint of the offline queue: the phone posts the entries it kept while offline, each
// with its clientId, and gets one result per entry. A replay answers "duplicate" and writes
// nothing; a refusal carries the sentence the technician sees next to the queued entry.
import type { ActionFunctionArgs } from "@remix-run/node";
import { refusalMessage } from "~/domain/time/refusal-message";
import { createTimeEntry } from "~/domain/time/time-entries.server";
import { TimeEntryRefusal } from "~/domain/time/time-entry-refusal";
import { TimeEntrySchema } from "~/domain/time/time-entry.schema";
import { requireUserWithPermission } from "~/utils/auth.server";
import { parseForm } from "~/utils/forms/parse-form";
import { readJson } from "~/utils/forms/read-form.server";
import { translate, translateError } from "~/utils/i18n";

const MAX_ENTRIES_PER_SYNC = 100;

type SyncResult = { clientId: string; status: "created" | "duplicate" | "rejected"; entryId?: string; message?: string };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "time:log");
  const body = await readJson(request);
  const entries = (body as { entries?: unknown })?.entries;
  if (!Array.isArray(entries) || entries.length > MAX_ENTRIES_PER_SYNC) return Response.json({ error: "Corps JSON attendu : { entries: [...] } (100 au plus)" }, { status: 400 });

  const results: SyncResult[] = [];
  // One after the other: each entry may overlap the one before it.
  for (const raw of entries) {
    const fields = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
    const formData = new FormData();
    for (const [name, value] of Object.entries(fields)) if (typeof value === "string") formData.set(name, value);
    const clientId = typeof fields.clientId === "string" ? fields.clientId : "";
    const submission = parseForm(formData, { schema: TimeEntrySchema });
    if (submission.status !== "success") {
      const details = Object.values(submission.error ?? {})
        .flat()
        .filter((message): message is string => Boolean(message))
        .map((message) => translateError(user.locale, message));
      results.push({ clientId, status: "rejected", message: translate(user.locale, "time.refusal.INVALID", { details: [...new Set(details)].join(" ") }) });
      continue;
    }
    try {
      const { entry, duplicate } = await createTimeEntry(user, submission.value);
      results.push({ clientId, status: duplicate ? "duplicate" : "created", entryId: entry.id });
    } catch (error) {
      if (error instanceof TimeEntryRefusal) results.push({ clientId, status: "rejected", message: refusalMessage(error, user.locale, user.timeZone) });
      else if (error instanceof Response && error.status === 404) results.push({ clientId, status: "rejected", message: translate(user.locale, "errors.notFound") });
      else throw error;
    }
  }
  return Response.json({ results });
}
