import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { notesBeyondRequest } from "./card-notes";

describe("notesBeyondRequest", () => {
  it("hides notes copied from the request, so its text is shown once", () => {
    expect(notesBeyondRequest("L'imprimante n'imprime plus.", "L'imprimante n'imprime plus.\n")).toBe("");
  });
  it("keeps notes the planner wrote, and notes of an intervention without request", () => {
    expectEach(notesBeyondRequest, [
      ["Code du portail : 1234", "L'imprimante n'imprime plus.", "Code du portail : 1234"],
      ["Sauvegarde mensuelle", null, "Sauvegarde mensuelle"],
      ["  ", null, ""],
    ]);
  });
});
