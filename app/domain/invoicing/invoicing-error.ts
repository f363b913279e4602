// A refusal the treasurer can act on (issued invoices are immutable, settings are missing…):
// routes turn it into a 400 or 409 answer carrying the French message, and nothing is written.
// `link` points to the page where the problem is fixed (a member's record), when there is one.
export type RefusalLink = { href: string; label: string };

export class InvoicingError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 409 = 409,
    readonly link: RefusalLink | null = null,
  ) {
    super(message);
    this.name = "InvoicingError";
  }
}

/** Runs a domain call; an InvoicingError becomes `{ error, status, link }` instead of a thrown error. */
export async function refusalOf<T>(
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: string; status: 400 | 409; link: RefusalLink | null }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof InvoicingError)
      return { ok: false, error: error.message, status: error.status, link: error.link };
    throw error;
  }
}
