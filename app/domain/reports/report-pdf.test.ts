import { describe, expect, it } from "vitest";
import { renderReportPdf } from "./report-pdf";
import { sampleReportView } from "../../../scripts/sample-report-view";

describe("renderReportPdf", () => {
  it("produces a PDF, signed or not, and with long texts on several pages", async () => {
    const signed = await renderReportPdf(sampleReportView());
    expect(signed.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(signed.toString("latin1")).toContain("/Subtype /Image");
    const unsigned = await renderReportPdf(sampleReportView({ signature: null }));
    expect(unsigned.toString("latin1")).not.toContain("/Subtype /Image");
    const long = await renderReportPdf(sampleReportView({ workDone: "Une ligne de travail réalisé.\n".repeat(120) }));
    expect(long.toString("latin1").match(/\/Type \/Page\b/g)?.length).toBeGreaterThan(1);
  });

  it("draws a signed report as the same bytes at every download (the signature instant dates the file)", async () => {
    const view = sampleReportView({
      signature: {
        signerName: "Nadia",
        signedAtText: "le mardi 24 novembre 2026 à 11:00",
        png: Buffer.from([]),
        signedAt: new Date("2026-11-24T10:00:00Z"),
      },
    });
    view.signature!.png = sampleReportView().signature!.png;
    const first = await renderReportPdf(view);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await renderReportPdf(view)).equals(first)).toBe(true);
  });
});
