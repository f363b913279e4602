import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import {
  easterSunday,
  frenchHolidays,
  holidayDatesBetween,
  holidayName,
  isHoliday,
  type HolidayZone,
} from "./holidays";

const REFERENCE_DIR = path.resolve(process.cwd(), "../shared/reference/holidays");
const REFERENCE_FILES: Record<HolidayZone, string> = {
  METROPOLE: path.join(REFERENCE_DIR, "holidays-metropole.csv"),
  ALSACE_MOSELLE: path.join(REFERENCE_DIR, "holidays-alsace-moselle.csv"),
};

type ReferenceRow = { date: string; isHoliday: boolean; name: string };

function readReference(zone: HolidayZone): ReferenceRow[] {
  const file = REFERENCE_FILES[zone];
  if (!existsSync(file)) {
    throw new Error(`Reference holiday file missing: ${file} (expected the shared folder beside the repository)`);
  }
  const [header, ...lines] = readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  expect(header).toBe("date,est_jour_ferie,nom_jour_ferie");
  return lines.map((line) => {
    const [date, flag, ...name] = line.split(",");
    return { date, isHoliday: flag === "True", name: name.join(",") };
  });
}

describe.each<HolidayZone>(["METROPOLE", "ALSACE_MOSELLE"])(
  "frenchHolidays(%s) against the official dataset",
  (zone) => {
    const rows = readReference(zone);
    const referenceByYear = new Map<number, { date: string; name: string }[]>();
    for (const row of rows) {
      if (!row.isHoliday) continue;
      const year = Number(row.date.slice(0, 4));
      referenceByYear.set(year, [...(referenceByYear.get(year) ?? []), { date: row.date, name: row.name }]);
    }

    it("covers every year from 2000 to 2040", () => {
      for (let year = 2000; year <= 2040; year++) expect(referenceByYear.has(year), `year ${year}`).toBe(true);
    });

    // Every year of the file (1950–2050), a superset of the 2000–2040 contract.
    it.each([...referenceByYear.keys()].sort())("matches %i date by date, with the same names", (year) => {
      const expected = [...(referenceByYear.get(year) ?? [])].sort((a, b) => a.date.localeCompare(b.date));
      expect(frenchHolidays(year, zone)).toEqual(expected);
    });
  },
);

describe("easterSunday", () => {
  it("knows well-known Easter dates, including the earliest and latest possible", () => {
    expectEach(easterSunday, [
      [2024, "2024-03-31"],
      [2025, "2025-04-20"],
      [2026, "2026-04-05"],
      [2008, "2008-03-23"],
      [2285, "2285-03-22"],
      [2038, "2038-04-25"],
    ]);
  });
});

describe("frenchHolidays", () => {
  it("has 11 dates in metropole and 13 in Alsace-Moselle in an ordinary year", () => {
    expect(frenchHolidays(2026, "METROPOLE")).toHaveLength(11);
    expect(frenchHolidays(2026, "ALSACE_MOSELLE")).toHaveLength(13);
  });

  it("adds Vendredi Saint and Saint Étienne in Alsace-Moselle only", () => {
    expect(holidayName("2026-04-03", "ALSACE_MOSELLE")).toBe("Vendredi Saint");
    expect(holidayName("2026-12-26", "ALSACE_MOSELLE")).toBe("Saint Étienne");
    expect(isHoliday("2026-04-03", "METROPOLE")).toBe(false);
    expect(isHoliday("2026-12-26", "METROPOLE")).toBe(false);
  });

  it("lists a date once when Ascension falls on 1 May, under the fixed holiday's name", () => {
    const holidays = frenchHolidays(2008, "METROPOLE");
    expect(holidays.filter((h) => h.date === "2008-05-01")).toEqual([{ date: "2008-05-01", name: "Fête du travail" }]);
    expect(holidays).toHaveLength(10);
  });

  it("returns copies, so a caller cannot corrupt later answers", () => {
    const first = frenchHolidays(2030, "METROPOLE");
    first[0].name = "changed";
    first.pop();
    expect(frenchHolidays(2030, "METROPOLE")[0].name).toBe("Jour de l'an");
    expect(frenchHolidays(2030, "METROPOLE")).toHaveLength(11);
  });
});

describe("isHoliday / holidayDatesBetween", () => {
  it("answers for single dates", () => {
    expect(isHoliday("2026-07-14", "METROPOLE")).toBe(true);
    expect(isHoliday("2026-07-15", "METROPOLE")).toBe(false);
    expect(holidayName("2026-04-06", "METROPOLE")).toBe("Lundi de Pâques");
  });

  it("collects holidays across a year boundary, bounds included", () => {
    expect([...holidayDatesBetween("2025-12-25", "2026-01-01", "ALSACE_MOSELLE")]).toEqual([
      "2025-12-25",
      "2025-12-26",
      "2026-01-01",
    ]);
    expect(holidayDatesBetween("2026-01-02", "2026-04-05", "METROPOLE").size).toBe(0);
  });
});
