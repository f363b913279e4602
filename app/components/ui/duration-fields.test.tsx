import { useForm } from "@conform-to/react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { DurationFields } from "./duration-fields";

vi.mock("../use-translation", () => ({ useTranslation: () => ({ locale: "fr", tError: (text: string) => text }) }));

function render(maxHours?: number) {
  function Form() {
    const [, fields] = useForm<{ h: number; m: number }>({ id: "d", constraint: { h: { max: 99 } } });
    return (
      <DurationFields hours={fields.h} minutes={fields.m} labels={{ hours: "H", minutes: "M" }} maxHours={maxHours} />
    );
  }
  return renderToStaticMarkup(<Form />);
}

describe("DurationFields", () => {
  it("offers hours and minutes as numbers on a numeric keypad, the minutes 0 to 59", () => {
    const html = render(12);
    expect(html).toMatch(/^<div class="grid grid-2">/);
    expect(html).toContain('<label for="d-h">H</label>');
    const [hours, minutes] = [...html.matchAll(/<input [^>]*>/g)].map((match) => match[0]);
    for (const attribute of ['name="h"', 'type="number"', 'min="0"', 'max="12"', 'inputMode="numeric"'])
      expect(hours).toContain(attribute);
    for (const attribute of ['name="m"', 'type="number"', 'min="0"', 'max="59"', 'inputMode="numeric"'])
      expect(minutes).toContain(attribute);
  });

  it("keeps the schema's bound on the hours when the page gives none", () => {
    expect(render()).toMatch(/<input id="d-h"[^>]* max="99"/);
  });
});
