import { beforeAll, describe, expect, it } from "vitest";
import { action as settingsAction, loader as settingsLoader } from "../../app/routes/admin.parametres";
import { loader as logoLoader } from "../../app/routes/admin.parametres_.logo";
import { db } from "../../app/utils/db.server";
import { settingsFormValues } from "../../app/domain/settings/settings.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, postRequest, respond, sessionCookieFor, statusOf } from "../support/http";

let tenants: TwoTenants;
const cookie: Record<string, string> = {};
const args = (request: Request) => ({ request, params: {}, context: {} });

beforeAll(async () => {
  tenants = await seedTwoTenants();
  for (const role of ["admin", "treasurer"] as const)
    cookie[role] = await sessionCookieFor(tenants.a.users[role].email);
  cookie.adminB = await sessionCookieFor(tenants.b.users.admin.email);
});

async function currentValues(): Promise<Record<string, string>> {
  const body = await (await respond(() => settingsLoader(args(getRequest("/admin/parametres", cookie.admin))))).json();
  return body.values;
}

const auditCount = () =>
  db().auditLog.count({ where: { associationId: tenants.a.associationId, action: "association.settings.update" } });

function multipart(fields: Record<string, string | Blob>, cookieHeader: string) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return new Request("http://localhost:3000/admin/parametres", {
    method: "POST",
    body,
    headers: { Cookie: cookieHeader },
  });
}

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

describe("association settings", () => {
  it("shows the current settings, amounts as euros to edit", async () => {
    const values = await currentValues();
    expect(values).toMatchObject({
      name: "Amie A",
      sharePriceCents: "2000,00",
      membershipFeeCents: "50,00",
      overageDayRateCents: "300,00",
      minutesPerDay: "420",
      periodStartMonth: "1",
      timeZone: "Europe/Paris",
      reminderDays: "7, 30, 45",
      alertThresholdsPercent: "50, 80, 100",
      vatRegime: "FRANCHISE_293B",
    });
  });

  it('saves the form as loaded with the optional e-mails left empty (it answered zod\'s English "Invalid input")', async () => {
    const loaded: Record<string, string> = await currentValues();
    expect(loaded.treasurerEmail).toBe("");
    const values = { ...loaded, vatRegime: "COST_SHARING_261B" };
    const response = await respond(() => settingsAction(args(postRequest("/admin/parametres", values, cookie.admin))));
    expect(response.status).toBe(302);
    expect(
      await db().association.findUniqueOrThrow({
        where: { id: tenants.a.associationId },
        select: { vatRegime: true, treasurerEmail: true },
      }),
    ).toEqual({ vatRegime: "COST_SHARING_261B", treasurerEmail: "" });
  });

  it("saves valid changes and records the changed fields in the audit log", async () => {
    const original = await db().association.findUniqueOrThrow({ where: { id: tenants.a.associationId } });
    const values = { ...(await currentValues()), siret: "732 829 320 00074" };
    const response = await respond(() =>
      settingsAction(
        args(
          postRequest(
            "/admin/parametres",
            {
              ...values,
              sharePriceCents: "2 150,50",
              capacityReservePercent: "15",
              periodStartMonth: "9",
              holidayZone: "ALSACE_MOSELLE",
              iban: "fr76 3000 6000 0112 3456 7890 189",
              alertThresholdsPercent: "80, 50",
              vatNumber: "fr 44 732 829 320",
              membershipFeeVat: "OUTSIDE_SCOPE",
              treasurerEmail: "tresorerie@amie-a.test",
            },
            cookie.admin,
          ),
        ),
      ),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/admin/parametres");
    const association = await db().association.findUniqueOrThrow({ where: { id: tenants.a.associationId } });
    expect(association).toMatchObject({
      siret: "73282932000074",
      sharePriceCents: 215050,
      capacityReservePercent: 15,
      periodStartMonth: 9,
      holidayZone: "ALSACE_MOSELLE",
      iban: "FR7630006000011234567890189",
      alertThresholdsPercent: [50, 80],
      name: "Amie A",
      vatNumber: "FR44732829320",
      membershipFeeVat: "OUTSIDE_SCOPE",
      treasurerEmail: "tresorerie@amie-a.test",
    });
    const log = await db().auditLog.findFirstOrThrow({
      where: { associationId: tenants.a.associationId, action: "association.settings.update" },
      orderBy: { createdAt: "desc" },
    });
    expect(log.actorUserId).toBe(tenants.a.users.admin.id);
    expect(log.before).toEqual({
      siret: original.siret,
      holidayZone: "METROPOLE",
      periodStartMonth: 1,
      sharePriceCents: 200000,
      capacityReservePercent: 20,
      alertThresholdsPercent: [50, 80, 100],
      vatNumber: null,
      membershipFeeVat: "EXEMPT",
      treasurerEmail: "",
    });
    expect(log.after).toEqual({
      siret: "73282932000074",
      holidayZone: "ALSACE_MOSELLE",
      periodStartMonth: 9,
      sharePriceCents: 215050,
      capacityReservePercent: 15,
      alertThresholdsPercent: [50, 80],
      vatNumber: "FR44732829320",
      membershipFeeVat: "OUTSIDE_SCOPE",
      treasurerEmail: "tresorerie@amie-a.test",
    });
    // Tenant B is untouched.
    expect((await db().association.findUniqueOrThrow({ where: { id: tenants.b.associationId } })).sharePriceCents).toBe(
      200000,
    );
  });

  it("reads, in plain SQL, the values Prisma reads of the association (ADR 019, eighth pass)", async () => {
    // After the changes above (an array, enums, a SIRET), with a column left empty (null).
    await db().association.update({ where: { id: tenants.a.associationId }, data: { vatNumber: null } });
    const association = await db().association.findUniqueOrThrow({
      where: { id: tenants.a.associationId },
      omit: { logoData: true },
    });
    const body = await (
      await respond(() => settingsLoader(args(getRequest("/admin/parametres", cookie.admin))))
    ).json();
    expect(body).toEqual({
      values: settingsFormValues(association),
      hasLogo: association.logoMimeType !== null,
      updatedAt: association.updatedAt.toISOString(),
    });
    expect(body.values.vatNumber).toBe("");
    expect(body.values.siret).toBe("73282932000074");
  });

  it("writes nothing, not even an audit entry, when nothing changed", async () => {
    const before = await auditCount();
    const values = await currentValues();
    const response = await respond(() => settingsAction(args(postRequest("/admin/parametres", values, cookie.admin))));
    expect(response.status).toBe(302);
    expect(await auditCount()).toBe(before);
  });

  it("refuses invalid input with field errors and saves nothing", async () => {
    const values = await currentValues();
    const snapshot = await db().association.findUniqueOrThrow({
      where: { id: tenants.a.associationId },
      omit: { updatedAt: true },
    });
    const logs = await auditCount();
    const response = await respond(() =>
      settingsAction(
        args(
          postRequest(
            "/admin/parametres",
            {
              ...values,
              name: "Nouveau nom",
              siret: "732 829 320 00075",
              iban: "FR7630006000011234567890188",
              bic: "AGRI",
              sharePriceCents: "20,005",
              paymentTermDays: "90",
              minutesPerDay: "421",
              capacityReservePercent: "12.5",
              travelPercent: "30",
              vatRegime: "TVA_PIRATE",
              reminderDays: "7, trente",
              vatNumber: "FR45 732 829 320",
            },
            cookie.admin,
          ),
        ),
      ),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toMatchObject({
      siret: ["settings.errors.siret"],
      iban: ["settings.errors.iban"],
      bic: ["settings.errors.bic"],
      sharePriceCents: ["settings.errors.euros"],
      paymentTermDays: ["settings.errors.paymentTerm"],
      minutesPerDay: ["settings.errors.minutesPerDay"],
      capacityReservePercent: ["settings.errors.integer"],
      travelPercent: ["settings.errors.choice"],
      vatRegime: ["settings.errors.choice"],
      reminderDays: ["settings.errors.reminderDays"],
      vatNumber: ["settings.errors.vatNumber"],
    });
    expect(body.error.name).toBeUndefined();
    expect(
      await db().association.findUniqueOrThrow({ where: { id: tenants.a.associationId }, omit: { updatedAt: true } }),
    ).toEqual(snapshot);
    expect(await auditCount()).toBe(logs);
  });

  it("is for admins only", async () => {
    expect(await statusOf(() => settingsLoader(args(getRequest("/admin/parametres", cookie.treasurer))))).toBe(403);
    const values = await currentValues();
    expect(await statusOf(() => settingsAction(args(postRequest("/admin/parametres", values, cookie.treasurer))))).toBe(
      403,
    );
  });
});

describe("association logo", () => {
  it("stores a PNG and serves it back to the association's own admins only", async () => {
    const response = await respond(() =>
      settingsAction(
        args(multipart({ intent: "logo-upload", logo: new Blob([PNG], { type: "image/png" }) }, cookie.admin)),
      ),
    );
    expect(response.status).toBe(302);
    const served = await respond(() => logoLoader(args(getRequest("/admin/parametres/logo", cookie.admin))));
    expect(served.headers.get("Content-Type")).toBe("image/png");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG);
    // Tenant B's admin gets their own (empty) logo, never A's.
    const other = await respond(() => logoLoader(args(getRequest("/admin/parametres/logo", cookie.adminB))));
    expect(other.headers.get("Content-Type")).toContain("image/svg+xml");
    expect(await statusOf(() => logoLoader(args(getRequest("/admin/parametres/logo", cookie.treasurer))))).toBe(403);
    expect(
      await db().auditLog.count({
        where: { associationId: tenants.a.associationId, action: "association.logo.update" },
      }),
    ).toBe(1);
  });

  it("refuses other file types and files over 500 KB, keeping the current logo", async () => {
    const svg = new Blob(["<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"], {
      type: "image/png",
    });
    const wrongType = await respond(() =>
      settingsAction(args(multipart({ intent: "logo-upload", logo: svg }, cookie.admin))),
    );
    expect(wrongType.status).toBe(400);
    expect(await wrongType.json()).toEqual({ logoError: "settings.errors.logoType" });
    const big = new Uint8Array(500 * 1024 + 1);
    big.set(PNG);
    const tooBig = await respond(() =>
      settingsAction(
        args(multipart({ intent: "logo-upload", logo: new Blob([big], { type: "image/png" }) }, cookie.admin)),
      ),
    );
    expect(tooBig.status).toBe(400);
    expect(await tooBig.json()).toEqual({ logoError: "settings.errors.logoSize" });
    const association = await db().association.findUniqueOrThrow({ where: { id: tenants.a.associationId } });
    expect(association.logoMimeType).toBe("image/png");
    expect(association.logoData?.length).toBe(PNG.length);
  });

  it("removes the logo", async () => {
    expect(
      (
        await respond(() =>
          settingsAction(args(postRequest("/admin/parametres", { intent: "logo-delete" }, cookie.admin))),
        )
      ).status,
    ).toBe(302);
    const association = await db().association.findUniqueOrThrow({ where: { id: tenants.a.associationId } });
    expect(association.logoData).toBeNull();
    expect(association.logoMimeType).toBeNull();
  });
});
