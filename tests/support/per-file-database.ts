// Each test file gets its own fresh, migrated database: PGlite in memory, or a new PostgreSQL
// database cloned from the run's template. Nothing is shared between files.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, inject } from "vitest";
import { forgetDatabase, openDatabase, useDatabase, wrapPglite, type OpenDatabase } from "../../app/utils/db.server";
import { testDatabaseKind, testServerUrl, urlForDatabase } from "./test-database";

let database: OpenDatabase | undefined;
let cleanup: (() => Promise<void>) | undefined;

process.env.SESSION_SECRET ??= "integration-test-secret";
process.env.MAIL_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "quote-part-mail-"));
process.env.APP_URL ??= "http://localhost:3000";

beforeAll(async () => {
  if (testDatabaseKind() === "postgres") {
    const serverUrl = testServerUrl();
    const name = `qp_test_${crypto.randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("testDatabaseTemplate")}"`);
    database = await openDatabase(urlForDatabase(serverUrl, name));
    cleanup = async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const template = new Blob([fs.readFileSync(inject("testDatabaseTemplate"))]);
    database = await wrapPglite(await PGlite.create({ loadDataDir: template }));
  }
  useDatabase(database);
});

afterAll(async () => {
  await database?.close();
  forgetDatabase();
  await cleanup?.();
  fs.rmSync(process.env.MAIL_DIR!, { recursive: true, force: true });
});
