import { describe, expect, it } from "vitest";
import { DomainError } from "~/domain/domain-error";
import { errorResponse, messageText, orErrorResponse, refusalOf, refusalText } from "./domain-error.server";

const french = { locale: "fr" as const, timeZone: "Europe/Paris" };
const english = { locale: "en" as const, timeZone: "Europe/Paris" };

describe("DomainError", () => {
  it("carries a code, a status and the sentence's key with its values; the code defaults to the key", () => {
    const refusal = new DomainError({ status: 409, key: "invoicing.refusal.creditOverTotal" });
    expect(refusal).toBeInstanceOf(Error);
    expect(refusal).toMatchObject({ code: "invoicing.refusal.creditOverTotal", status: 409, values: {}, link: null });
    expect(new DomainError({ code: "OVERLAP", status: 409, key: "time.refusal.OVERLAP" }).code).toBe("OVERLAP");
  });
});

describe("refusalText", () => {
  it("says the refusal in the reader's language, with its values", () => {
    const refusal = new DomainError({ status: 400, key: "invoicing.refusal.creditOverQuantity", values: { line: 2 } });
    expect(refusalText(refusal, french).error).toBe("Ligne 2 : on ne peut pas créditer plus que la quantité facturée.");
    expect(refusalText(refusal, english)).toEqual({
      code: "invoicing.refusal.creditOverQuantity",
      status: 400,
      error: "Line 2: you cannot credit more than the invoiced quantity.",
      link: null,
    });
  });

  it("writes instants in the reader's zone, days and lists as the reader's language writes them", () => {
    const since = new Date("2026-11-24T07:05:00Z");
    expect(
      messageText({ key: "time.refusal.OVERLAP", values: { other: "A", start: since, end: since } }, english),
    ).toBe("This entry overlaps another one (A, from 08:05 to 08:05).");
    expect(
      messageText({ key: "payments.refusal.alreadyDeposited", values: { date: { day: "2026-11-24" } } }, french),
    ).toBe("Ce chèque est déjà remis en banque (le 24/11/2026).");
    const missing = { keys: ["invoicing.blocker.field.address", "invoicing.blocker.field.city"] as const };
    expect(
      messageText(
        { key: "invoicing.blocker.buyerIncomplete", values: { name: "X", missing: { keys: [...missing.keys] } } },
        french,
      ),
    ).toContain("il manque l'adresse et la ville.");
  });

  it("reads every sentence of the refusal, and translates the link to where it is fixed", () => {
    const refusal = new DomainError({
      status: 409,
      key: "invoicing.blocker.sellerIban",
      more: [{ key: "invoicing.refusal.noLines" }],
      link: { href: "/structures/m1", label: { key: "invoicing.blocker.openMember", values: { name: "Ferme" } } },
    });
    const { error, link } = refusalText(refusal, english);
    expect(error).toMatch(/IBAN.*is missing.*\. Add at least one line before issuing\.$/);
    expect(link).toEqual({ href: "/structures/m1", label: "Open the record of “Ferme”" });
  });
});

describe("refusalOf", () => {
  it("returns the value, or the refusal for the route's reply; other errors pass through", async () => {
    expect(await refusalOf(english, async () => 42)).toEqual({ ok: true, value: 42 });
    const refused = await refusalOf(english, async () => {
      throw new DomainError({ status: 409, key: "payments.refusal.alreadyPaid" });
    });
    expect(refused).toMatchObject({ ok: false, status: 409, error: "This invoice is already paid." });
    await expect(refusalOf(english, async () => Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
  });
});

describe("errorResponse", () => {
  it("answers the status with the sentence as plain text, never cached", async () => {
    const response = errorResponse(new DomainError({ status: 404, key: "scheduling.feed.notFound" }), english);
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(await response.text()).toBe("Calendar not found: this address was turned off or replaced.");
  });

  it("is thrown by orErrorResponse, for a loader's error page", async () => {
    const thrown = await orErrorResponse(french, async () => {
      throw new DomainError({ status: 400, key: "invoicing.refusal.exportRange" });
    }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(400);
    expect(await (thrown as Response).text()).toMatch(/^Période d'export invalide/);
  });
});
