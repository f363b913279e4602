// The invoice PDF: a PDF/A-3b file (archivable for the 10 legal years) carrying its own Factur-X XML,
// so one file is both the human-readable invoice and the machine-readable one (French e-invoicing reform).
//
// pdfkit gives PDF/A-3b structure (OutputIntent, pdfaid XMP, embedded-file /AF entries); we add the
// embedded fonts, the Factur-X XMP properties and their extension schema, and escape the document info
// that pdfkit would otherwise copy raw into the XMP (facturx-xmp.ts).

import { buildFacturXml, FACTURX_XML_FILE_NAME } from "./facturx-xml";
import { escapeInfoInXmp, facturXXmp } from "./facturx-xmp";
import {
  drawContinuationHeader,
  drawFooter,
  drawHeader,
  drawKeyDates,
  drawParties,
  drawTotals,
  totalsHeight,
} from "./invoice-pdf-sections";
import { drawPayment, invoiceEpcPayload, paymentBlockHeight } from "./invoice-pdf-payment";
import { drawPageFooters, openA4Document, PAGE } from "./invoice-pdf-style";
import { drawLineTable } from "./invoice-pdf-table";
import { totalsLinesOf } from "./line-vat";
import { computeInvoiceTotals } from "./invoice-totals";
import { assertValidInvoiceView, documentTypeOf, type InvoiceView } from "./invoice-view";

export type RenderInvoicePdfOptions = {
  /** The association's logo, PNG or JPEG. Without one, a monogram of its name is drawn. */
  logo?: Buffer;
};

function documentDate(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

/** The PDF/A-3 invoice document, its metadata dated by the invoice's issue date (the same bytes every time). */
function createDocument(view: InvoiceView) {
  const label = documentTypeOf(view) === "CREDIT_NOTE" ? "Avoir" : "Facture";
  const opened = openA4Document(
    {
      Title: `${label} ${view.number}`,
      Author: view.seller.legalName || view.seller.name,
      Subject: `${label} ${view.number} — ${view.buyer.name}`,
      Producer: "Quote-part (pdfkit)",
      CreationDate: documentDate(view.issueDate),
    },
    { pdfVersion: "1.7", subset: "PDF/A-3b", tagged: true, displayTitle: true },
  );
  escapeInfoInXmp(opened.doc);
  return opened;
}

function embedFacturX(doc: PDFKit.PDFDocument, view: InvoiceView): void {
  const xml = buildFacturXml(view);
  // @types/pdfkit 0.17 predates the `relationship` option (PDF/A-3 /AFRelationship) that pdfkit 0.20 supports.
  const attachment: PDFKit.Mixins.PDFAttachmentOptions & { relationship: "Alternative" } = {
    name: FACTURX_XML_FILE_NAME,
    type: "text/xml",
    relationship: "Alternative",
    description: `Factur-X EN 16931 : ${view.number}`,
    creationDate: documentDate(view.issueDate),
    modifiedDate: documentDate(view.issueDate),
  };
  doc.file(Buffer.from(xml, "utf8"), attachment);
  doc.appendXML(facturXXmp(FACTURX_XML_FILE_NAME));
}

export async function renderInvoicePdf(view: InvoiceView, options: RenderInvoicePdfOptions = {}): Promise<Buffer> {
  assertValidInvoiceView(view);
  const totals = computeInvoiceTotals(totalsLinesOf(view), documentTypeOf(view));
  const { doc, ink, done: output } = createDocument(view);
  embedFacturX(doc, view);

  const newPage = () => {
    doc.addPage();
    return drawContinuationHeader(ink, view);
  };
  let y = drawHeader(ink, view, options.logo);
  y = drawParties(ink, view, y);
  y = drawKeyDates(ink, view, y);
  y = drawLineTable(ink, view.lines, totals.lineTotalsExclTaxCents, y, { newPage });
  // Totals and payment details stay whole: move them to a fresh page rather than split them.
  if (y + 16 + totalsHeight(totals) > PAGE.contentBottom) y = newPage();
  y = drawTotals(ink, view, totals, y + 16);
  const qr = invoiceEpcPayload(view, totals.totalInclTaxCents);
  if (y + paymentBlockHeight(ink, view, qr) > PAGE.contentBottom) y = newPage();
  drawPayment(ink, view, y, qr);

  drawPageFooters(ink, (page, count) => drawFooter(ink, view, page, count));
  doc.end();
  return output;
}
