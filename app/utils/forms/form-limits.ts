// Limits every submitted form is held to before any schema sees it (issue 10: a 41-byte
// `x[100000000]=1` made conform build a hundred-million-slot array and took the server down).
// Pure, so the browser-free unit tests and the server share one definition.

/** URL-encoded forms: the largest real one (an invoice of 200 lines, a signed report with its
 *  PNG signature) stays well under 300 KB. */
export const MAX_FORM_BYTES = 1024 * 1024;
/** Multipart forms carry files: the logo (500 KB) and anything alike. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
/** 200 invoice lines × 4 fields, or 500 payment allocations × 2 fields, plus the rest. */
export const MAX_FIELDS = 2000;
/** Array indices in field names (`lines[199].quantity`): the largest list is 500 allocations. */
export const MAX_ARRAY_INDEX = 999;
/** Longest field name accepted (`allocations[499].invoiceId` is 26). */
export const MAX_FIELD_NAME_LENGTH = 200;

export type FormProblem = "tooManyFields" | "fieldName" | "arrayIndex";

/** What is wrong with these field names, if anything. */
export function formNamesProblem(names: readonly string[]): FormProblem | null {
  if (names.length > MAX_FIELDS) return "tooManyFields";
  for (const name of names) {
    if (name.length > MAX_FIELD_NAME_LENGTH) return "fieldName";
    for (const match of name.matchAll(/\[([^\]]*)\]/g)) {
      const index = match[1];
      // Only plain small integers: "[1e9]", "[-1]" or "[00000000001]" are no index a form of ours writes.
      if (!/^\d{1,4}$/.test(index) || Number(index) > MAX_ARRAY_INDEX) return "arrayIndex";
    }
  }
  return null;
}

// C0 and C1 control characters except tab, line feed and carriage return (textareas keep their
// lines). NUL made PostgreSQL refuse the row (a 500); the others corrupt CSV, PDF and e-mail.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The text without control characters (tab and line breaks kept). */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "");
}

/** True when the text holds a control character other than tab and line breaks. */
export function hasControlCharacters(text: string): boolean {
  CONTROL_CHARACTERS.lastIndex = 0;
  const found = CONTROL_CHARACTERS.test(text);
  CONTROL_CHARACTERS.lastIndex = 0;
  return found;
}
