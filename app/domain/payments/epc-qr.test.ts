import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epcPayload, paymentReference, qrDrawing, qrMatrix, qrSvgPath } from "./epc-qr";

const transfer = {
  beneficiaryName: "Amie des 7 vallées",
  iban: "fr76 3000 6000 0112 3456 7890 189",
  bic: "agrifrpp",
  amountCents: 125_050,
  reference: "F2026-0007",
};

describe("epcPayload (EPC069-12 v002)", () => {
  it("writes the eleven lines in order, UTF-8, with the amount in euros and a dot", () => {
    expect(epcPayload(transfer)).toBe(
      [
        "BCD",
        "002",
        "1",
        "SCT",
        "AGRIFRPP",
        "Amie des 7 vallées",
        "FR7630006000011234567890189",
        "EUR1250.50",
        "",
        "",
        "F2026-0007",
      ].join("\n"),
    );
  });
  it("leaves an invalid BIC out (optional in v002) and keeps lines single", () => {
    const payload = epcPayload({
      ...transfer,
      bic: "NOPE",
      beneficiaryName: "Amie\ndes vallées",
      reference: "a\r\nb",
    })!;
    expect(payload.split("\n")).toHaveLength(11);
    expect(payload.split("\n")[4]).toBe("");
    expect(payload.split("\n")[5]).toBe("Amie des vallées");
  });
  it("refuses what a bank would refuse: a bad IBAN, a zero or too large amount", () => {
    expect(epcPayload({ ...transfer, iban: "FR7630006000011234567890188" })).toBeNull();
    expect(epcPayload({ ...transfer, amountCents: 0 })).toBeNull();
    expect(epcPayload({ ...transfer, amountCents: 100_000_000_000 })).toBeNull();
  });
  it("keeps within the 331-byte limit and 140-character remittance for any text", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 300 }),
        fc.integer({ min: 1, max: 99_999_999_999 }),
        (name, reference, amountCents) => {
          const payload = epcPayload({ ...transfer, beneficiaryName: `A${name}`, reference, amountCents });
          if (payload === null) return;
          const lines = payload.split("\n");
          expect(lines).toHaveLength(11);
          expect([...lines[10]].length).toBeLessThanOrEqual(140);
          expect(lines[7]).toBe(`EUR${Math.trunc(amountCents / 100)}.${String(amountCents % 100).padStart(2, "0")}`);
        },
      ),
    );
  });
});

describe("the QR code", () => {
  it("is a square matrix drawn as one SVG path", () => {
    const matrix = qrMatrix(epcPayload(transfer)!);
    expect(matrix.length).toBeGreaterThanOrEqual(25);
    expect(matrix.every((row) => row.length === matrix.length)).toBe(true);
    // The finder pattern's corner is dark.
    expect(matrix[0][0]).toBe(true);
    // The finder pattern's top row is a run of seven dark modules: one rectangle.
    expect(qrSvgPath(matrix)).toMatch(/^M0 0h7v1h-7z/);
  });

  it("paints exactly the dark modules, whatever the payload", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), (text) => {
        const matrix = qrMatrix(text);
        const painted = matrix.map((row) => row.map(() => false));
        for (const [, x, y, length] of qrSvgPath(matrix).matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
          for (let column = Number(x); column < Number(x) + Number(length); column++) {
            expect(painted[Number(y)][column], "each module painted once").toBe(false);
            painted[Number(y)][column] = true;
          }
        }
        expect(painted).toEqual(matrix);
      }),
      { numRuns: 50 },
    );
  });

  it("is drawn once per payload and kept: the same drawing as drawn afresh", () => {
    const payload = epcPayload(transfer)!;
    const first = qrDrawing(payload);
    const matrix = qrMatrix(payload);
    expect(first).toEqual({ size: matrix.length, path: qrSvgPath(matrix) });
    expect(qrDrawing(payload)).toBe(first);
    expect(qrDrawing(epcPayload({ ...transfer, amountCents: transfer.amountCents + 1 })!)).not.toEqual(first);
  });
});

describe("paymentReference", () => {
  it("is the invoice number for one invoice, the customer code and numbers for several", () => {
    expect(paymentReference("C00042", ["F2026-0007"])).toBe("F2026-0007");
    expect(paymentReference("C00042", ["F2026-0007", "F2026-0009"])).toBe("C00042 F2026-0007 F2026-0009");
    expect(
      paymentReference(
        "C00042",
        Array.from({ length: 30 }, (_, i) => `F2026-${String(i).padStart(4, "0")}`),
      ).length,
    ).toBeLessThanOrEqual(140);
  });
});
