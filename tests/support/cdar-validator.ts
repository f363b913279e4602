// Checks a CDAR lifecycle message the app writes: the UN/CEFACT D22B XSD (xmllint), then the French
// BR-FR-CDV schematron (Saxon-HE), both from ../shared/reference/france-einvoicing/lifecycle-cdar/.
// Returns the failed assertions' texts: empty means the message passes.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { requireValidator } from "./facturx-validator";
import { sharedPath } from "./shared-dir";

const run = promisify(execFile);
const CDAR_DIR = sharedPath("reference/france-einvoicing/lifecycle-cdar");

export async function cdarProblems(xml: string): Promise<string[]> {
  requireValidator();
  const work = mkdtempSync(path.join(os.tmpdir(), "cdar-"));
  try {
    const file = path.join(work, "cdar.xml");
    writeFileSync(file, xml);
    try {
      await run("xmllint", [
        "--noout",
        "--schema",
        path.join(CDAR_DIR, "CrossDomainAcknowledgementAndResponse_100pD22B.xsd"),
        file,
      ]);
    } catch (error) {
      return [`XSD: ${(error as { stderr?: string }).stderr ?? String(error)}`];
    }
    const jar = readdirSync("/usr/share/java").find((name) => /^Saxon-HE.*\.jar$/.test(name))!;
    const report = path.join(work, "svrl.xml");
    await run(
      "java",
      [
        "-cp",
        path.join("/usr/share/java", jar),
        "net.sf.saxon.Transform",
        `-s:${file}`,
        `-xsl:${path.join(CDAR_DIR, "BR-FR-CDV-Schematron-CDAR.xslt")}`,
        `-o:${report}`,
      ],
      { timeout: 120_000 },
    );
    const svrl = readFileSync(report, "utf8");
    return [...svrl.matchAll(/<svrl:failed-assert[^>]*>\s*<svrl:text>([^<]*)/g)].map((match) =>
      match[1].replace(/\s+/g, " ").trim(),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
