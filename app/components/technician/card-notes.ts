/**
 * The intervention's own notes, when they add something to the request's text. Planning a request
 * copies its details into the intervention's notes, so showing both printed the same text twice on
 * the Today card (issue 11).
 */
export function notesBeyondRequest(notes: string, requestDetails: string | null | undefined): string {
  const own = notes.trim();
  if (!own) return "";
  return own === (requestDetails ?? "").trim() ? "" : notes;
}
