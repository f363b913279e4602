// Refusals speak the reader's language (issue 13, ADR 025): a treasurer who chose English reads a
// refused payment, a refused export and a refused issuance in English, through the real route modules;
// a French treasurer still reads French; downloads answer their 403/404 bodies in the reader's language.
import { beforeAll, describe, expect, it } from "vitest";
import { localDateOf } from "../../app/domain/calendar/zoned-time";
import { addDays } from "../../app/domain/calendar/local-date";
import { issueInvoice } from "../../app/domain/invoicing/invoice-issuance.server";
import { loader as calendarLoader } from "../../app/routes/calendrier.$token";
import { loader as invoicesCsvLoader } from "../../app/routes/exports.factures[.]csv";
import { action as invoiceAction } from "../../app/routes/factures.$invoiceId";
import { loader as memberInvoicePdfLoader } from "../../app/routes/espace-membre.factures.$invoiceId.pdf";
import { action as newPaymentAction } from "../../app/routes/paiements.nouveau";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { BASE, getRequest, postRequest, respond, sessionCookieFor } from "../support/http";
import { takeToast } from "../../app/utils/toast.server";
import { createTestDraft, treasurerOf } from "../support/invoicing";

const today = localDateOf(new Date(), "Europe/Paris");
let tenants: TwoTenants;

beforeAll(async () => {
  tenants = await seedTwoTenants(today);
});

async function cookieIn(email: string, locale: "fr" | "en") {
  await db().user.update({ where: { email }, data: { locale } });
  return sessionCookieFor(email);
}

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

describe("a refused action", () => {
  it("tells an English treasurer why in English, and a French one in French, with the same status", async () => {
    const fields = {
      memberId: tenants.a.memberIds[1],
      method: "BANK_TRANSFER",
      receivedOn: addDays(today, 1),
      amount: "100",
    };
    const english = await cookieIn(tenants.a.users.treasurer.email, "en");
    const refused = await respond(() => newPaymentAction(args(postRequest("/paiements/nouveau", fields, english))));
    expect(refused.status).toBe(400);
    const reply = (await refused.json()) as { error: Record<string, string[]> };
    expect(reply.error[""]).toEqual([
      "The date received is in the future: record the payment on the day it is received.",
    ]);
    expect(await db().payment.count({ where: { associationId: tenants.a.associationId } })).toBe(0);

    const french = await cookieIn(tenants.a.users.treasurer.email, "fr");
    const refusedInFrench = await respond(() =>
      newPaymentAction(args(postRequest("/paiements/nouveau", fields, french))),
    );
    expect(refusedInFrench.status).toBe(400);
    expect(((await refusedInFrench.json()) as { error: Record<string, string[]> }).error[""]).toEqual([
      "La date de réception est dans le futur : saisissez le paiement le jour où il est reçu.",
    ]);
  });

  it("refuses to change an issued invoice in English, with the link's text translated too", async () => {
    const { a } = tenants;
    const draft = await createTestDraft(a, {
      memberId: a.memberIds[0],
      lines: [{ description: "Parts", unitPriceCents: 1_000 }],
    });
    await issueInvoice(treasurerOf(a), draft.id);
    const english = await cookieIn(a.users.treasurer.email, "en");
    const refused = await respond(() =>
      invoiceAction(args(postRequest(`/factures/${draft.id}`, { intent: "delete" }, english), { invoiceId: draft.id })),
    );
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      error: "This invoice is issued: it can no longer be changed or deleted. To correct it, issue a credit note.",
    });
  });
});

describe("a refused download", () => {
  it("answers a bad export period in the reader's language", async () => {
    const english = await cookieIn(tenants.a.users.treasurer.email, "en");
    const response = await respond(() =>
      invoicesCsvLoader(args(getRequest("/exports/factures.csv?du=2026-12-31&au=2026-01-01", english))),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("Invalid export period: give two dates, the first before the second.");
  });

  it("answers 404 for another organisation's invoice, and 403 for a page the role cannot open, in English", async () => {
    const { a } = tenants;
    const member = await db().user.findUniqueOrThrow({
      where: { email: a.users.member.email },
      include: { memberships: true },
    });
    const otherMemberId = a.memberIds.find((id) => id !== member.memberships[0].memberId)!;
    const draft = await createTestDraft(a, {
      memberId: otherMemberId,
      lines: [{ description: "Parts", unitPriceCents: 1_000 }],
    });
    await issueInvoice(treasurerOf(a), draft.id);
    const english = await cookieIn(a.users.member.email, "en");
    const notTheirs = await respond(() =>
      memberInvoicePdfLoader(
        args(getRequest(`/espace-membre/factures/${draft.id}.pdf`, english), { invoiceId: draft.id }),
      ),
    );
    expect(notTheirs.status).toBe(404);
    expect(await notTheirs.text()).toBe("This document cannot be found, or it does not belong to your space.");

    const forbidden = await respond(() =>
      invoicesCsvLoader(args(getRequest("/exports/factures.csv?du=2026-01-01&au=2026-12-31", english))),
    );
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toBe("You do not have access to this document.");
  });

  it("sends a person who clicked it from an app page back there, with the sentence as an error toast", async () => {
    const english = await cookieIn(tenants.a.users.treasurer.email, "en");
    const fromThePage = (referer: string) =>
      new Request(`${BASE}/exports/factures.csv?du=2026-12-31&au=2026-01-01`, {
        headers: {
          Cookie: english,
          Accept: "text/html,application/xhtml+xml",
          "Sec-Fetch-Mode": "navigate",
          Referer: referer,
        },
      });
    const clicked = await respond(() => invoicesCsvLoader(args(fromThePage(`${BASE}/factures?statut=ISSUED`))));
    expect(clicked.status).toBe(302);
    expect(clicked.headers.get("Location")).toBe("/factures?statut=ISSUED");
    const toastCookie = clicked.headers.get("Set-Cookie")!.split(";")[0];
    const { toast } = await takeToast(new Request(`${BASE}/factures`, { headers: { Cookie: toastCookie } }));
    expect(toast).toEqual({
      type: "error",
      message: "Invalid export period: give two dates, the first before the second.",
    });

    // From another site, the redirect would leave ours: the plain answer instead.
    const elsewhere = await respond(() => invoicesCsvLoader(args(fromThePage("https://elsewhere.example/factures"))));
    expect(elsewhere.status).toBe(400);
    expect(await elsewhere.text()).toBe("Invalid export period: give two dates, the first before the second.");
  });

  it("answers an unknown calendar feed in the visitor's language", async () => {
    const request = new Request("http://localhost:3000/calendrier/inconnu.ics", {
      headers: { "Accept-Language": "en-GB,en;q=0.9" },
    });
    const response = await respond(() => calendarLoader(args(request, { token: "inconnu.ics" })));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Calendar not found: this address was turned off or replaced.");
  });
});
