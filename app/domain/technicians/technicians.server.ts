// Technicians of the association: their record, weekly pattern and absences. Always scoped to
// the caller's association: another tenant's technician id answers 404.
import { auditRowChange, recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db, readSql, type Tx } from "~/utils/db.server";
import { isoDateSql } from "~/utils/sql-json.server";
import { Prisma, type HolidayZone } from "~/generated/prisma/client.ts";
import type { IsoDate } from "../calendar/local-date";
import { associationScopeOf, orNotFound } from "~/utils/scope.server";
import { dateColumn, isoOf } from "../calendar/date-columns";
import { weekdays, type AbsenceInput, type TechnicianInput } from "./technician.schema";

/**
 * The technicians page, by name: one plain-SQL statement (ADR 019) where Prisma's client cost more
 * than the read. Dates as "YYYY-MM-DD", the worked half-days of the weekly pattern counted by the
 * database; ties on a name are ordered by id (Prisma left them to the database).
 */
export async function listTechnicians(user: CurrentUser) {
  return readSql<{
    id: string;
    displayName: string;
    employmentPercent: number;
    holidayZone: HolidayZone | null;
    contractStart: IsoDate;
    contractEnd: IsoDate | null;
    userName: string | null;
    workedHalfDays: number;
  }>(Prisma.sql`
    SELECT t."id", t."displayName", t."employmentPercent", t."holidayZone"::text AS "holidayZone",
      ${Prisma.raw(isoDateSql(`t."contractStart"`))} AS "contractStart",
      ${Prisma.raw(isoDateSql(`t."contractEnd"`))} AS "contractEnd",
      u."name" AS "userName",
      (SELECT COALESCE(sum(d."morning"::int + d."afternoon"::int), 0)::int FROM "WorkPatternDay" d
        WHERE d."associationId" = ${user.associationId} AND d."technicianId" = t."id") AS "workedHalfDays"
    FROM "Technician" t
    LEFT JOIN "User" u ON u."id" = t."userId"
    WHERE t."associationId" = ${user.associationId}
    ORDER BY t."displayName", t."id"`);
}

export async function createTechnician(
  user: CurrentUser,
  input: { displayName: string; employmentPercent: number; contractStart: string },
) {
  return db().$transaction(async (tx) => {
    // Monday to Friday by default; the board adjusts the pattern on the technician's page.
    const technician = await tx.technician.create({
      data: {
        associationId: user.associationId,
        displayName: input.displayName,
        employmentPercent: input.employmentPercent,
        contractStart: dateColumn(input.contractStart),
        patternDays: { create: [1, 2, 3, 4, 5].map((weekday) => ({ associationId: user.associationId, weekday })) },
      },
    });
    await recordAudit(tx, user, {
      action: "technician.create",
      entityType: "Technician",
      entityId: technician.id,
      after: { displayName: input.displayName },
    });
    return technician;
  });
}

async function findTechnician(client: Tx, user: CurrentUser, technicianId: string) {
  return orNotFound(await client.technician.findFirst({ where: { ...associationScopeOf(user), id: technicianId } }));
}

/** Throws 404 unless the technician belongs to the caller's association. */
export async function requireTechnician(user: CurrentUser, technicianId: string) {
  return findTechnician(db(), user, technicianId);
}

export async function technicianDetail(user: CurrentUser, technicianId: string) {
  const scope = associationScopeOf(user);
  const technician = orNotFound(
    await db().technician.findFirst({
      where: { ...scope, id: technicianId },
      include: { patternDays: true, absences: { orderBy: { startDate: "desc" } } },
    }),
  );
  // Accounts that may be linked: technician accounts of this association not already linked elsewhere.
  const candidates = await db().membership.findMany({
    where: { ...scope, role: "technician", user: { OR: [{ technician: null }, { technician: { id: technicianId } }] } },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return {
    technician: {
      id: technician.id,
      ...editableFields(technician),
      morning: technician.patternDays.filter((day) => day.morning).map((day) => day.weekday),
      afternoon: technician.patternDays.filter((day) => day.afternoon).map((day) => day.weekday),
    },
    absences: technician.absences.map((absence) => ({
      id: absence.id,
      kind: absence.kind,
      startDate: isoOf(absence.startDate),
      endDate: isoOf(absence.endDate),
      portion: absence.portion,
      note: absence.note,
    })),
    linkableUsers: candidates.map((candidate) => candidate.user),
  };
}

export type UpdateTechnicianResult = { ok: true } | { ok: false; field: "userId"; error: string };

export async function updateTechnician(
  user: CurrentUser,
  technicianId: string,
  input: TechnicianInput,
): Promise<UpdateTechnicianResult> {
  return db().$transaction(async (tx) => {
    const current = await tx.technician.findFirst({
      where: { ...associationScopeOf(user), id: technicianId },
      include: { patternDays: true },
    });
    orNotFound(current);
    const userId = input.userId || null;
    if (userId) {
      const account = await tx.membership.findFirst({
        where: {
          associationId: user.associationId,
          role: "technician",
          userId,
          user: { OR: [{ technician: null }, { technician: { id: technicianId } }] },
        },
      });
      if (!account) return { ok: false, field: "userId", error: "technicians.errors.user" };
    }
    const data = {
      displayName: input.displayName,
      phone: input.phone,
      employmentPercent: input.employmentPercent,
      holidayZone: input.holidayZone ?? null,
      contractStart: dateColumn(input.contractStart),
      contractEnd: input.contractEnd ? dateColumn(input.contractEnd) : null,
      userId,
    };
    await tx.technician.update({ where: { id: current!.id }, data });
    const pattern = weekdays
      .map((weekday) => ({
        weekday,
        morning: input.morning.includes(weekday),
        afternoon: input.afternoon.includes(weekday),
      }))
      .filter((day) => day.morning || day.afternoon);
    await tx.workPatternDay.deleteMany({ where: { associationId: user.associationId, technicianId: current!.id } });
    await tx.workPatternDay.createMany({
      data: pattern.map((day) => ({ ...day, associationId: user.associationId, technicianId: current!.id })),
    });
    const patternOf = (days: { weekday: number; morning: boolean; afternoon: boolean }[]) =>
      days
        .map((day) => `${day.weekday}:${day.morning ? "M" : ""}${day.afternoon ? "A" : ""}`)
        .sort()
        .join(" ");
    await recordAudit(tx, user, {
      action: "technician.update",
      entityType: "Technician",
      entityId: current!.id,
      before: { ...editableFields(current!), pattern: patternOf(current!.patternDays) },
      after: { ...editableFields({ ...current!, ...data }), pattern: patternOf(pattern) },
    });
    return { ok: true };
  });
}

/** The fields the edit form changes, as plain values: shown on the detail page, kept in the audit log. */
function editableFields(technician: {
  displayName: string;
  phone: string;
  employmentPercent: number;
  holidayZone: string | null;
  contractStart: Date;
  contractEnd: Date | null;
  userId: string | null;
}) {
  return {
    displayName: technician.displayName,
    phone: technician.phone,
    employmentPercent: technician.employmentPercent,
    holidayZone: technician.holidayZone,
    contractStart: isoOf(technician.contractStart),
    contractEnd: technician.contractEnd ? isoOf(technician.contractEnd) : null,
    userId: technician.userId,
  };
}

export async function addAbsence(user: CurrentUser, technicianId: string, input: AbsenceInput) {
  return db().$transaction(async (tx) => {
    const technician = await findTechnician(tx, user, technicianId);
    const absence = await tx.absence.create({
      data: {
        associationId: user.associationId,
        technicianId: technician.id,
        kind: input.kind,
        startDate: dateColumn(input.startDate),
        endDate: dateColumn(input.endDate),
        portion: input.portion,
        note: input.note,
      },
    });
    return auditRowChange(
      tx,
      user,
      "created",
      { action: "absence.create", entityType: "Absence", state: { technicianId, ...input } },
      absence,
    );
  });
}

export async function deleteAbsence(user: CurrentUser, technicianId: string, absenceId: string) {
  await db().$transaction(async (tx) => {
    const absence = orNotFound(
      await tx.absence.findFirst({ where: { ...associationScopeOf(user), technicianId, id: absenceId } }),
    );
    await tx.absence.delete({ where: { id: absence.id } });
    await auditRowChange(
      tx,
      user,
      "deleted",
      {
        action: "absence.delete",
        entityType: "Absence",
        state: {
          technicianId,
          kind: absence.kind,
          startDate: isoOf(absence.startDate),
          endDate: isoOf(absence.endDate),
          portion: absence.portion,
        },
      },
      absence,
    );
  });
}
