// `npm run migrate`: applies pending migrations to DATABASE_URL (or ./data/pglite) and exits.
// Production runs it before starting a new version; `npm start` also does it on boot.
import { openDatabase } from "../app/utils/db.server";
import { loadDotEnv } from "../app/utils/env.server";
import { applyMigrations } from "../app/utils/migrate.server";

loadDotEnv();
const database = await openDatabase();
const applied = await database.withRawSql((raw) => applyMigrations(raw));
console.log(
  applied.length > 0
    ? `Migrations appliquées : ${applied.join(", ")}`
    : "La base est à jour : aucune migration à appliquer.",
);
await database.close();
