// A refusal the treasurer can act on (issued invoices are immutable, settings are missing…):
// routes turn it into a 400 or 409 answer carrying the French message, and nothing is written.
export class InvoicingError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 409 = 409,
  ) {
    super(message);
    this.name = "InvoicingError";
  }
}

/** Runs a domain call; an InvoicingError becomes `{ error, status }` instead of a thrown error. */
export async function refusalOf<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: string; status: 400 | 409 }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof InvoicingError) return { ok: false, error: error.message, status: error.status };
    throw error;
  }
}
