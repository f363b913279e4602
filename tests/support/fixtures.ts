// Test fixtures reuse the demo seed (prisma/seed.ts): one place builds realistic data.
import { seedAssociation, type SeededAssociation } from "../../prisma/seed";
import { db } from "../../app/utils/db.server";

export interface TwoTenants {
  a: SeededAssociation;
  b: SeededAssociation;
}

/** Two associations with three members each; accounts are <role>@a.test and <role>@b.test. */
export async function seedTwoTenants(today = "2026-11-23"): Promise<TwoTenants> {
  const a = await seedAssociation(db(), {
    slug: "tenant-a",
    name: "Amie A",
    emailDomain: "a.test",
    today,
    memberCount: 3,
  });
  const b = await seedAssociation(db(), {
    slug: "tenant-b",
    name: "Amie B",
    emailDomain: "b.test",
    today,
    memberCount: 3,
  });
  return { a, b };
}
