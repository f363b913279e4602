import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DatabaseLockedError, lockDatabaseDirectory, lockFileOf } from "./pglite-lock.server";

const freshDirectory = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "qp-lock-")), "pglite");

describe("the embedded database folder's lock (issue 10)", () => {
  it("refuses a second opener, naming the holder and what to do", () => {
    const directory = freshDirectory();
    const release = lockDatabaseDirectory(directory, "tsx scripts/serve.ts");
    try {
      expect(() => lockDatabaseDirectory(directory, "tsx scripts/seed.ts")).toThrow(DatabaseLockedError);
      try {
        lockDatabaseDirectory(directory, "tsx scripts/seed.ts");
      } catch (error) {
        expect((error as Error).message).toContain(`pid ${process.pid}`);
        expect((error as Error).message).toContain("tsx scripts/serve.ts");
        expect((error as Error).message).toMatch(/Arrêtez ce processus/);
      }
    } finally {
      release();
    }
    // Released: the next one gets it.
    lockDatabaseDirectory(directory, "tsx scripts/seed.ts")();
    expect(fs.existsSync(lockFileOf(directory))).toBe(false);
  });

  it("takes over a lock whose process died (kill -9)", () => {
    const directory = freshDirectory();
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).stdout.toString();
    fs.writeFileSync(
      lockFileOf(directory),
      JSON.stringify({ pid: Number(dead), command: "ancien serveur", since: "hier" }),
    );
    const release = lockDatabaseDirectory(directory, "tsx scripts/serve.ts");
    expect(JSON.parse(fs.readFileSync(lockFileOf(directory), "utf8")).pid).toBe(process.pid);
    release();
  });
});
