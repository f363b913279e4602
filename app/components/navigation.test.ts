import { describe, expect, it } from "vitest";
import { navigationFor, withExactMatches } from "./navigation";

describe("navigationFor", () => {
  it("lets only one tab match the planning's requests page (Planning is not also highlighted there)", () => {
    const items = navigationFor("technician", { localMailbox: false });
    const planning = items.find((item) => item.to === "/planning")!;
    const requests = items.find((item) => item.to === "/planning/demandes")!;
    expect(planning.end).toBe(true);
    expect(requests.end).toBe(false);
  });

  it("matches a member's home exactly, since its other pages live under /espace-membre", () => {
    const items = navigationFor("member", { localMailbox: false, isMemberAdmin: true });
    expect(items.find((item) => item.to === "/espace-membre")!.end).toBe(true);
    expect(items.find((item) => item.to === "/espace-membre/demandes")!.end).toBe(false);
  });

  it("leaves an entry without children matching its sub-pages (an invoice page keeps Factures lit)", () => {
    expect(withExactMatches([{ to: "/factures", label: "nav.invoices" }])[0]!.end).toBe(false);
  });
});
