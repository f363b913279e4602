import { useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "~/root";

/**
 * The one-time key of a form that creates something (app/utils/forms/submission-key.server.ts).
 * The root loader draws a fresh one on every page load and after every successful submission,
 * so a double click or a replay carries the same key, and the next creation a new one.
 */
export function SubmissionKeyField() {
  const key = useRouteLoaderData<typeof rootLoader>("root")?.submissionKey;
  return key ? <input type="hidden" name="submissionKey" value={key} /> : null;
}
