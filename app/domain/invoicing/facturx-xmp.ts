// The XMP a Factur-X PDF/A-3 must carry: the fx: properties that tell a reader which embedded file is
// the invoice, and the PDF/A extension schema that declares them (a PDF/A validator rejects undeclared
// properties). The schema text comes from the Factur-X specification
// (/work/shared/reference/factur-x/Factur-X_extension_schema.xmp); only the conformance level differs.

import { escapeXml } from "./xml-text";

export const FACTURX_NAMESPACE = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";
export const FACTURX_CONFORMANCE_LEVEL = "EN 16931";

export function facturXXmp(documentFileName: string, conformanceLevel = FACTURX_CONFORMANCE_LEVEL): string {
  const property = (name: string, description: string) => `
              <rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>${name}</pdfaProperty:name>
                <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                <pdfaProperty:category>external</pdfaProperty:category>
                <pdfaProperty:description>${description}</pdfaProperty:description>
              </rdf:li>`;
  return `
        <rdf:Description rdf:about="" xmlns:fx="${FACTURX_NAMESPACE}">
          <fx:DocumentType>INVOICE</fx:DocumentType>
          <fx:DocumentFileName>${escapeXml(documentFileName)}</fx:DocumentFileName>
          <fx:Version>1.0</fx:Version>
          <fx:ConformanceLevel>${escapeXml(conformanceLevel)}</fx:ConformanceLevel>
        </rdf:Description>
        <rdf:Description rdf:about=""
            xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
            xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
          <pdfaExtension:schemas>
            <rdf:Bag>
              <rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>${FACTURX_NAMESPACE}</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>fx</pdfaSchema:prefix>
                <pdfaSchema:property>
                  <rdf:Seq>${[
                    property("DocumentFileName", "name of the embedded XML invoice file"),
                    property("DocumentType", "INVOICE"),
                    property("Version", "The actual version of the Factur-X XML schema"),
                    property("ConformanceLevel", "The conformance level of the embedded Factur-X data"),
                  ].join("")}
                  </rdf:Seq>
                </pdfaSchema:property>
              </rdf:li>
            </rdf:Bag>
          </pdfaExtension:schemas>
        </rdf:Description>`;
}

type DocumentInfoStrings = {
  Title?: unknown;
  Author?: unknown;
  Subject?: unknown;
  Keywords?: unknown;
  Creator?: unknown;
  Producer?: unknown;
};
type PdfKitMetadataInternals = { info: DocumentInfoStrings; _addInfo?: () => void };

/**
 * pdfkit 0.20 copies Title, Author, Subject (and Keywords, Creator, Producer) into the XMP without
 * escaping them, so "Tom & Jerry" makes the XMP malformed and the file not PDF/A. The Info dictionary
 * must keep the raw text (PDF/A wants Info and XMP to agree on the *value*), so we escape only while
 * pdfkit writes the XMP, by wrapping its _addInfo on this one document.
 */
export function escapeInfoInXmp(doc: unknown): void {
  const internals = doc as PdfKitMetadataInternals;
  const writeXmpInfo = internals._addInfo;
  if (typeof writeXmpInfo !== "function")
    throw new Error("pdfkit changed: _addInfo is gone, check XMP escaping in facturx-xmp.ts");
  internals._addInfo = function (this: PdfKitMetadataInternals) {
    const raw = this.info;
    const escaped: DocumentInfoStrings = { ...raw };
    for (const key of ["Title", "Author", "Subject", "Keywords", "Creator", "Producer"] as const) {
      const value = raw[key];
      if (typeof value === "string") escaped[key] = escapeXml(value);
    }
    this.info = escaped;
    try {
      writeXmpInfo.call(this);
    } finally {
      this.info = raw;
    }
  };
}
