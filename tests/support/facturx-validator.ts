// Runs ../shared/tools/facturx-validate --france (XSD, EN 16931 + Factur-X schematron, French BR-FR rules)
// over many files in ONE Java run per rule set, and splits its report per file. Used by the unit test on
// sample views and the integration test on documents issued through the real services.
// It never skips: a machine without the validator's tools fails, naming the Debian packages to install.

import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { sharedPath } from "./shared-dir";

const run = promisify(execFile);
export const FACTURX_VALIDATOR = sharedPath("tools/facturx-validate");
const REQUIRED_PACKAGES = "libxml2-utils libsaxonhe-java default-jre-headless poppler-utils fonts-liberation";
export const VALIDATION_TIMEOUT_MS = 240_000;
/** What the validator prints for a document that passes every check, the French rules included. */
export const FRENCH_OK = "OK: XSD valid, 0 failed EN 16931 / Factur-X rules, 0 failed French BR-FR rules";

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((directory) => existsSync(path.join(directory, command)));
}

export function requireValidator(): void {
  const missing: string[] = [];
  if (!existsSync(FACTURX_VALIDATOR)) missing.push(`validator script ${FACTURX_VALIDATOR}`);
  for (const command of ["xmllint", "java", "pdfdetach"]) if (!onPath(command)) missing.push(command);
  const javaDir = "/usr/share/java";
  if (!existsSync(javaDir) || !readdirSync(javaDir).some((file) => /^Saxon-HE.*\.jar$/.test(file)))
    missing.push("Saxon-HE jar");
  if (missing.length > 0) {
    throw new Error(
      `Factur-X validation cannot run, missing: ${missing.join(", ")}. Install with: apt-get install -y ${REQUIRED_PACKAGES}`,
    );
  }
}

export type ValidationReport = { exitCode: number; byFile: Map<string, string>; output: string };

/** Validates every file with --france in one run; byFile maps each path to its own report block. */
export async function validateFrench(files: string[]): Promise<ValidationReport> {
  requireValidator();
  let exitCode = 0;
  let output: string;
  try {
    const { stdout, stderr } = await run(FACTURX_VALIDATOR, ["--france", ...files], {
      timeout: VALIDATION_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    });
    output = stdout + stderr;
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    exitCode = typeof failure.code === "number" ? failure.code : -1;
    output = `${failure.stdout ?? ""}${failure.stderr ?? ""}`;
  }
  const byFile = new Map<string, string>();
  if (files.length === 1) byFile.set(files[0], output);
  else {
    for (const block of output.split(/^== /m).slice(1)) {
      const newline = block.indexOf("\n");
      byFile.set(block.slice(0, newline).trim(), block.slice(newline + 1));
    }
  }
  return { exitCode, byFile, output };
}
