// `npm run seed`: creates the demo association if it does not exist yet (migrations first).
import { openDatabase } from "../app/utils/db.server";
import { loadDotEnv } from "../app/utils/env.server";
import { applyMigrations } from "../app/utils/migrate.server";
import { seedDemoIfEmpty } from "../prisma/seed";

loadDotEnv();
const database = await openDatabase();
await database.withRawSql((raw) => applyMigrations(raw));
console.log(
  (await seedDemoIfEmpty(database.prisma))
    ? "Association de démonstration créée."
    : "L'association de démonstration existe déjà : rien à faire.",
);
await database.close();
