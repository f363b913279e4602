import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { DraftInvoiceSchema } from "./invoice-draft.schema";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return parseWithZod(data, { schema: DraftInvoiceSchema });
}

/** A draft line's fields as the form posts them, under lines[index]. */
const line = (index: number, fields: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).map(([name, value]) => [`lines[${index}].${name}`, value]));

const errorsOf = (submission: ReturnType<typeof form>) =>
  (submission.status === "error" ? submission.error : undefined) ?? {};

describe("DraftInvoiceSchema", () => {
  it("parses French quantities and euro prices into integers, ignoring blank rows", () => {
    const submission = form({
      memberId: "m1",
      ...line(0, { description: "Formation bureautique", quantity: "1,5", unitPrice: "120,50", vatRate: "2000" }),
      ...line(1, { description: "", quantity: "", unitPrice: "", vatRate: "2000" }),
    });
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value.lines).toEqual([
      { description: "Formation bureautique", quantity: 1500, unitPrice: 12_050, vatRate: 2000 },
    ]);
  });

  it("names each wrong field with a message key", () => {
    const submission = form({ memberId: "m1", ...line(0, { description: "x", quantity: "-1", unitPrice: "12,345" }) });
    expect(submission.status).toBe("error");
    expect(errorsOf(submission)["lines[0].quantity"]).toEqual(["invoicing.errors.quantity"]);
    expect(errorsOf(submission)["lines[0].unitPrice"]).toEqual(["invoicing.errors.unitPrice"]);
  });

  it("needs a member and at least one line, and a service period in order", () => {
    const submission = form({ serviceStart: "2026-03-01", serviceEnd: "2026-02-01" });
    expect(submission.status).toBe("error");
    expect(errorsOf(submission).memberId).toEqual(["invoicing.errors.member"]);
    expect(errorsOf(submission).lines).toEqual(["invoicing.errors.noLines"]);
    expect(errorsOf(submission).serviceEnd).toBeUndefined(); // object refinements run once the fields parse
  });

  it("refuses a VAT rate that is not offered", () => {
    const submission = form({
      memberId: "m",
      ...line(0, { description: "x", quantity: "1", unitPrice: "1", vatRate: "1234" }),
    });
    expect(errorsOf(submission)["lines[0].vatRate"]).toEqual(["invoicing.errors.vatRate"]);
  });
});
