// An exclusive lock on the embedded database folder (issue 10: `npm run seed` beside a running
// server left a folder PGlite could no longer open). PGlite has no lock of its own and a second
// process writing the same files destroys them, so every process that opens the folder (serve,
// seed, migrate, benches, a test pointed at it) takes this lock first, or refuses.
import fs from "node:fs";
import path from "node:path";

export interface LockHolder {
  pid: number;
  command: string;
  since: string;
}

export class DatabaseLockedError extends Error {
  constructor(
    readonly directory: string,
    readonly holder: LockHolder,
  ) {
    super(
      `La base embarquée ${directory} est déjà ouverte par un autre processus ` +
        `(pid ${holder.pid}, « ${holder.command} », depuis ${holder.since}). ` +
        `Deux processus sur le même dossier l'abîmeraient. Arrêtez ce processus (Ctrl+C dans son terminal, ` +
        `ou kill ${holder.pid}) puis relancez la commande ; ou utilisez un autre dossier avec PGLITE_DIR.`,
    );
    this.name = "DatabaseLockedError";
  }
}

export function lockFileOf(directory: string) {
  return path.join(path.dirname(directory), `${path.basename(directory)}.lock`);
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, owned by another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

/**
 * Takes the folder's lock, or throws DatabaseLockedError naming the live holder. A lock left by a
 * dead process (kill -9, power cut) is taken over. Returns the release function; the lock is also
 * released when the process exits.
 */
export function lockDatabaseDirectory(directory: string, command = process.argv.slice(1).join(" ")): () => void {
  const file = lockFileOf(directory);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const mine: LockHolder = { pid: process.pid, command: command.slice(0, 200), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // "wx": created only if absent, atomically, so two processes starting together cannot both win.
      fs.writeFileSync(file, JSON.stringify(mine), { flag: "wx" });
      const release = () => {
        if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(file);
      // Our own pid too: a second open in this process would be just as destructive.
      if (holder && isAlive(holder.pid)) throw new DatabaseLockedError(directory, holder);
      // Stale (its process is gone) or unreadable: remove it and try again.
      fs.rmSync(file, { force: true });
    }
  }
  throw new DatabaseLockedError(directory, readHolder(file) ?? { pid: 0, command: "?", since: "?" });
}
