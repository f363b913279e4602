// The invoicing pages, called as Remix would: drafts (create, edit, delete), issuing, immutability of
// issued invoices, PDFs for staff and members, lists and filters, credit notes, hostile text.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractEmbeddedFiles } from "../../app/domain/invoicing/pdf-test-inspection";
import { HOSTILE_TEXT } from "../../scripts/sample-invoice-view";
import { loader as memberPdfLoader } from "../../app/routes/espace-membre.factures.$invoiceId.pdf";
import { loader as memberListLoader } from "../../app/routes/espace-membre.factures._index";
import { action as creditAction, loader as creditLoader } from "../../app/routes/factures.$invoiceId_.avoir";
import { loader as pdfLoader } from "../../app/routes/factures.$invoiceId.pdf";
import { action as invoiceAction, loader as invoiceLoader } from "../../app/routes/factures.$invoiceId";
import { loader as listLoader } from "../../app/routes/factures._index";
import { action as newAction } from "../../app/routes/factures.nouvelle";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor } from "../support/http";

let tenants: TwoTenants;
let treasurer: string;
let member: string;

beforeAll(async () => {
  tenants = await seedTwoTenants();
  treasurer = await sessionCookieFor(tenants.a.users.treasurer.email);
  member = await sessionCookieFor(tenants.a.users.member.email);
});

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

function draftFields(memberId: string, lines: [string, string, string][], extra: Record<string, string> = {}) {
  const fields: Record<string, string> = {
    memberId,
    serviceStart: "2026-11-01",
    serviceEnd: "2026-11-30",
    notes: "",
    ...extra,
  };
  lines.forEach(([description, quantity, unitPrice], index) => {
    fields[`lines[${index}].description`] = description;
    fields[`lines[${index}].quantity`] = quantity;
    fields[`lines[${index}].unitPrice`] = unitPrice;
  });
  // A spare blank row, as the form posts it.
  fields[`lines[${lines.length}].description`] = "";
  fields[`lines[${lines.length}].quantity`] = "";
  fields[`lines[${lines.length}].unitPrice`] = "";
  return fields;
}

async function createDraftThroughForm(
  lines: [string, string, string][],
  extra: Record<string, string> = {},
  memberId = tenants.a.memberIds[0],
) {
  const response = await respond(() =>
    newAction(args(postRequest("/factures/nouvelle", draftFields(memberId, lines, extra), treasurer))),
  );
  expect(response.status).toBe(302);
  return response.headers.get("Location")!.split("/").at(-1)!;
}

const post = (invoiceId: string, fields: Record<string, string>, cookie = treasurer) =>
  respond(() => invoiceAction(args(postRequest(`/factures/${invoiceId}`, fields, cookie), { invoiceId })));

describe("drafts", () => {
  it("creates a one-off draft from French quantities and prices", async () => {
    const id = await createDraftThroughForm([
      ["Formation tableur", "1,5", "120,50"],
      ["Déplacement", "2", "15"],
    ]);
    const lines = await db().invoiceLine.findMany({ where: { invoiceId: id }, orderBy: { position: "asc" } });
    expect(
      lines.map((line) => [line.description, line.quantityThousandths, line.unitPriceCents, line.vatBasisPoints]),
    ).toEqual([
      ["Formation tableur", 1500, 12_050, 0],
      ["Déplacement", 2000, 1500, 0],
    ]);
    const page = (await (
      await respond(() => invoiceLoader(args(getRequest(`/factures/${id}`, treasurer), { invoiceId: id })))
    ).json()) as { invoice: { totals: { totalInclTaxCents: number }; state: string } };
    expect(page.invoice.totals.totalInclTaxCents).toBe(18_075 + 3000);
    expect(page.invoice.state).toBe("draft");
  });

  it("answers 400 with the field errors and writes nothing on bad input", async () => {
    const before = await db().invoice.count();
    const response = await respond(() =>
      newAction(
        args(
          postRequest(
            "/factures/nouvelle",
            draftFields(tenants.a.memberIds[0], [["Ligne", "-2", "12,345"]]),
            treasurer,
          ),
        ),
      ),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: Record<string, string[]> };
    expect(body.error["lines[0].quantity"]).toEqual(["invoicing.errors.quantity"]);
    expect(body.error["lines[0].unitPrice"]).toEqual(["invoicing.errors.unitPrice"]);
    const foreignMember = await respond(() =>
      newAction(
        args(postRequest("/factures/nouvelle", draftFields(tenants.b.memberIds[0], [["Ligne", "1", "10"]]), treasurer)),
      ),
    );
    expect(foreignMember.status).toBe(400);
    expect(await db().invoice.count()).toBe(before);
  });

  it("edits then deletes a draft", async () => {
    const id = await createDraftThroughForm([["Avant", "1", "10"]]);
    expect(
      (await post(id, { intent: "save", ...draftFields(tenants.a.memberIds[1], [["Après", "3", "20"]]) })).status,
    ).toBe(302);
    const edited = await db().invoice.findUniqueOrThrow({ where: { id }, include: { lines: true } });
    expect(edited.memberId).toBe(tenants.a.memberIds[1]);
    expect(edited.lines.map((line) => line.description)).toEqual(["Après"]);
    expect((await post(id, { intent: "delete" })).status).toBe(302);
    expect(await db().invoice.findUnique({ where: { id } })).toBeNull();
  });
});

describe("issuing and immutability", () => {
  let invoiceId: string;

  it("issues a draft once, even when the button is pressed twice", async () => {
    invoiceId = await createDraftThroughForm([["Audit de sécurité", "1", "450"]]);
    const [first, second] = await Promise.all([
      post(invoiceId, { intent: "issue" }),
      post(invoiceId, { intent: "issue" }),
    ]);
    expect([first.status, second.status]).toEqual([302, 302]);
    const invoice = await db().invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(invoice.status).toBe("ISSUED");
    expect(invoice.number).toMatch(/^F\d{4}-0001$/);
    expect(await db().outboxJob.count({ where: { dedupeKey: `invoice-email:${invoiceId}` } })).toBe(1);
  });

  it("refuses to edit or delete an issued invoice (409) and leaves it as it was", async () => {
    const before = await db().invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { lines: true } });
    const edit = await post(invoiceId, {
      intent: "save",
      ...draftFields(tenants.a.memberIds[1], [["Autre", "9", "9"]]),
    });
    expect(edit.status).toBe(409);
    expect(((await edit.json()) as { error: string }).error).toMatch(/avoir/);
    expect((await post(invoiceId, { intent: "delete" })).status).toBe(409);
    expect(await db().invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { lines: true } })).toEqual(
      before,
    );
  });

  it("serves the PDF to staff, named after the number; a draft has none", async () => {
    const response = await respond(() =>
      pdfLoader(args(getRequest(`/factures/${invoiceId}/pdf`, treasurer), { invoiceId })),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const invoice = await db().invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="${invoice.number}.pdf"`);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(extractEmbeddedFiles(pdf)[0].toString("utf8")).toContain(
      "<ram:GrandTotalAmount>450.00</ram:GrandTotalAmount>",
    );
    const draftId = await createDraftThroughForm([["Brouillon", "1", "1"]]);
    expect((await respond(() => pdfLoader(args(getRequest("/", treasurer), { invoiceId: draftId })))).status).toBe(404);
  });

  it("lets a member download its own invoices only, and never see drafts", async () => {
    expect((await respond(() => memberPdfLoader(args(getRequest("/", member), { invoiceId })))).status).toBe(200);
    const otherId = await createDraftThroughForm([["Pour une autre structure", "1", "80"]], {}, tenants.a.memberIds[1]);
    await post(otherId, { intent: "issue" });
    expect((await respond(() => memberPdfLoader(args(getRequest("/", member), { invoiceId: otherId })))).status).toBe(
      404,
    );
    const list = (await (
      await respond(() => memberListLoader(args(getRequest("/espace-membre/factures", member))))
    ).json()) as { invoices: { id: string; number: string | null }[] };
    expect(list.invoices.map((row) => row.id)).toContain(invoiceId);
    expect(list.invoices.map((row) => row.id)).not.toContain(otherId);
    expect(list.invoices.every((row) => row.number !== null)).toBe(true);
  });

  it("filters the staff list by state, with the frozen totals", async () => {
    const drafts = (await (
      await respond(() => listLoader(args(getRequest("/factures?etat=brouillon", treasurer))))
    ).json()) as { invoices: { state: string }[] };
    expect(drafts.invoices.length).toBeGreaterThan(0);
    expect(drafts.invoices.every((row) => row.state === "draft")).toBe(true);
    const issued = (await (
      await respond(() => listLoader(args(getRequest("/factures?etat=emise", treasurer))))
    ).json()) as { invoices: { id: string; totalInclTaxCents: number }[] };
    expect(issued.invoices.find((row) => row.id === invoiceId)?.totalInclTaxCents).toBe(45_000);
  });
});

describe("credit notes", () => {
  it("credits part of an invoice, refuses more than billed, then cancels it when fully credited", async () => {
    const id = await createDraftThroughForm([
      ["Parts", "2", "1000"],
      ["Cotisation", "1", "50"],
    ]);
    await post(id, { intent: "issue" });
    const context = (await (
      await respond(() => creditLoader(args(getRequest("/", treasurer), { invoiceId: id })))
    ).json()) as { remainingCents: number };
    expect(context.remainingCents).toBe(205_000);

    const tooMuch = await respond(() =>
      creditAction(
        args(postRequest("/", { mode: "partial", "quantities[0]": "3", "quantities[1]": "0" }, treasurer), {
          invoiceId: id,
        }),
      ),
    );
    expect(tooMuch.status).toBe(400);
    const partial = await respond(() =>
      creditAction(
        args(
          postRequest(
            "/",
            { mode: "partial", "quantities[0]": "0,5", "quantities[1]": "0", reason: "Départ en cours d'année" },
            treasurer,
          ),
          { invoiceId: id },
        ),
      ),
    );
    expect(partial.status).toBe(302);
    const fullAfterPartial = await respond(() =>
      creditAction(args(postRequest("/", { mode: "full" }, treasurer), { invoiceId: id })),
    );
    expect(fullAfterPartial.status).toBe(409);

    const rest = await respond(() =>
      creditAction(
        args(postRequest("/", { mode: "partial", "quantities[0]": "1,5", "quantities[1]": "1" }, treasurer), {
          invoiceId: id,
        }),
      ),
    );
    expect(rest.status).toBe(302);
    const notes = await db().invoice.findMany({ where: { correctsInvoiceId: id }, orderBy: { sequence: "asc" } });
    expect(notes.map((note) => [note.kind, note.status, note.totalInclTaxCents])).toEqual([
      ["CREDIT_NOTE", "ISSUED", 50_000],
      ["CREDIT_NOTE", "ISSUED", 155_000],
    ]);
    expect(notes.map((note) => note.number)).toEqual([
      expect.stringMatching(/^AV\d{4}-0001$/),
      expect.stringMatching(/^AV\d{4}-0002$/),
    ]);
    expect((await db().invoice.findUniqueOrThrow({ where: { id } })).status).toBe("CANCELLED");
    const again = await respond(() =>
      creditAction(args(postRequest("/", { mode: "partial", "quantities[0]": "1" }, treasurer), { invoiceId: id })),
    );
    expect(again.status).toBe(409);
    const audit = await db().auditLog.count({ where: { action: "credit-note.issue", entityType: "Invoice" } });
    expect(audit).toBe(2);
  });
});

describe("hostile text", () => {
  it("keeps HTML, script and PDF-breaking characters as plain text in the page data and a valid PDF", async () => {
    const id = await createDraftThroughForm(
      [
        [HOSTILE_TEXT, "1", "10"],
        [") Tj ET q 0 0 m (\\) %%EOF", "1", "1"],
      ],
      { notes: HOSTILE_TEXT },
    );
    await post(id, { intent: "issue" });
    const page = (await (
      await respond(() => invoiceLoader(args(getRequest("/", treasurer), { invoiceId: id })))
    ).json()) as { invoice: { lines: { description: string }[]; notes: string } };
    expect(page.invoice.lines[0].description).toBe(HOSTILE_TEXT);
    expect(page.invoice.notes).toBe(HOSTILE_TEXT);
    const response = await respond(() => pdfLoader(args(getRequest("/", treasurer), { invoiceId: id })));
    expect(response.status).toBe(200);
    const xml = extractEmbeddedFiles(Buffer.from(await response.arrayBuffer()))[0].toString("utf8");
    expect(xml).toContain("&lt;script&gt;");
    expect(xml).not.toContain("<script>");
  });

  it("never injects raw HTML in the invoicing UI (React escapes every text)", () => {
    const files = [
      ...fs
        .readdirSync("app/routes")
        .filter((file) => /^(factures|espace-membre\.factures|exports)/.test(file))
        .map((file) => path.join("app/routes", file)),
      ...fs.readdirSync("app/components/invoicing").map((file) => path.join("app/components/invoicing", file)),
    ];
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) expect(fs.readFileSync(file, "utf8"), file).not.toContain("dangerouslySetInnerHTML");
  });
});
