// The shared reference folder (validators, specs) sits beside the checkout (../shared). A git worktree
// one level deeper (../wt/<branch>) finds it one level further up; QUOTE_PART_SHARED_DIR overrides both.
import { existsSync } from "node:fs";
import path from "node:path";

export function sharedPath(...parts: string[]): string {
  const candidates = [
    process.env.QUOTE_PART_SHARED_DIR,
    path.resolve(process.cwd(), "../shared"),
    path.resolve(process.cwd(), "../../shared"),
  ].filter((candidate): candidate is string => Boolean(candidate));
  const base = candidates.find((candidate) => existsSync(path.join(candidate, "reference"))) ?? candidates[0];
  return path.join(base, ...parts);
}
