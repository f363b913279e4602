// A refusal about a payment the user can act on (nothing left to pay, an amount over the balance,
// Stripe unreachable…): routes turn it into an answer carrying the French message; nothing is written.
export class PaymentError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 409 | 502 | 503 = 409,
  ) {
    super(message);
    this.name = "PaymentError";
  }
}

/** Runs a domain call; a PaymentError becomes `{ error, status }` instead of a thrown error. */
export async function paymentRefusalOf<T>(
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: string; status: PaymentError["status"] }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof PaymentError) return { ok: false, error: error.message, status: error.status };
    throw error;
  }
}
