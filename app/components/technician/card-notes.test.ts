import { describe, expect, it } from "vitest";
import { notesBeyondRequest } from "./card-notes";

describe("notesBeyondRequest", () => {
  it("hides notes copied from the request, so its text is shown once", () => {
    expect(notesBeyondRequest("L'imprimante n'imprime plus.", "L'imprimante n'imprime plus.\n")).toBe("");
  });
  it("keeps notes the planner wrote, and notes of an intervention without request", () => {
    expect(notesBeyondRequest("Code du portail : 1234", "L'imprimante n'imprime plus.")).toBe("Code du portail : 1234");
    expect(notesBeyondRequest("Sauvegarde mensuelle", null)).toBe("Sauvegarde mensuelle");
    expect(notesBeyondRequest("  ", null)).toBe("");
  });
});
