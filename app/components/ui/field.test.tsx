import { getInputProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { CheckboxField, Field, SelectField, TextareaField } from "./field";

// The controls read their error texts through the catalogue; the route context is not needed here.
vi.mock("../use-translation", () => ({ useTranslation: () => ({ locale: "fr", tError: (text: string) => text }) }));

type Values = { name: string; day: string; kind: string; notes: string; pro: string };

/** Renders the controls of one conform form, the form having answered `errors` for `values`. */
function render(body: (fields: ReturnType<typeof useForm<Values>>[1]) => React.ReactNode, errors = {}) {
  function Form() {
    const [, fields] = useForm<Values>({
      id: "f",
      lastResult: {
        status: "error",
        initialValue: { name: "Ada", day: "2026-03-02", kind: "B", notes: "n", pro: "on" },
        error: errors,
      },
      constraint: { name: { required: true, maxLength: 80 } },
    });
    return <>{body(fields)}</>;
  }
  return renderToStaticMarkup(<Form />);
}

const errors = {
  name: ["Nom requis"],
  day: ["Date invalide"],
  kind: ["Choix requis"],
  notes: ["Trop long"],
  pro: ["Non"],
};

describe("form fields bound to conform", () => {
  it("render what the hand-written props rendered: name, id, value, constraints, hint and errors", () => {
    for (const answer of [{}, errors]) {
      const bound = render(
        (fields) => (
          <>
            <Field field={fields.name} label="Nom" hint="Tel qu'affiché" inputProps={{ autoComplete: "name" }} />
            <Field field={fields.day} type="date" label="Jour" />
            <SelectField
              field={fields.kind}
              label="Sorte"
              placeholder="Aucune"
              options={[{ value: "B", label: "Bé" }]}
            />
            <TextareaField field={fields.notes} label="Notes" textareaProps={{ rows: 3 }} />
            <CheckboxField field={fields.pro} label="Pro" />
          </>
        ),
        answer,
      );
      const byHand = render(
        (fields) => (
          <>
            <Field
              label="Nom"
              hint="Tel qu'affiché"
              inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }}
              errors={fields.name.errors}
            />
            <Field label="Jour" inputProps={getInputProps(fields.day, { type: "date" })} errors={fields.day.errors} />
            <SelectField label="Sorte" selectProps={getSelectProps(fields.kind)} errors={fields.kind.errors}>
              <option value="">Aucune</option>
              <option value="B">Bé</option>
            </SelectField>
            <TextareaField
              label="Notes"
              textareaProps={{ ...getTextareaProps(fields.notes), rows: 3 }}
              errors={fields.notes.errors}
            />
            <CheckboxField
              label="Pro"
              inputProps={getInputProps(fields.pro, { type: "checkbox" })}
              errors={fields.pro.errors}
            />
          </>
        ),
        answer,
      );
      expect(bound).toBe(byHand);
    }
  });

  it("ties the hint and the error to the control and marks it invalid", () => {
    const html = render((fields) => <Field field={fields.name} label="Nom" hint="Tel qu'affiché" />, errors);
    expect(html).toContain('<label for="f-name">Nom</label>');
    expect(html).toContain('name="name"');
    expect(html).toContain('value="Ada"');
    expect(html).toContain("required");
    expect(html).toContain('maxLength="80"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="f-name-hint f-name-error"');
    expect(html).toContain('<div id="f-name-error"><p class="field-error">Nom requis</p></div>');
  });

  it("leaves a valid control unmarked and describes it by its hint only", () => {
    const html = render((fields) => <Field field={fields.name} label="Nom" hint="Tel qu'affiché" />);
    expect(html).not.toContain("aria-invalid");
    expect(html).toContain('aria-describedby="f-name-hint"');
    expect(html).not.toContain("field-error");
  });

  it("offers the placeholder choice first, then the options, then any extra children", () => {
    const html = render((fields) => (
      <SelectField field={fields.kind} label="Sorte" placeholder="Aucune" options={[{ value: "A", label: "Ah" }]}>
        <option value="Z">Zed</option>
      </SelectField>
    ));
    expect([...html.matchAll(/<option value="([^"]*)"/g)].map((match) => match[1])).toEqual(["", "A", "Z"]);
  });
});
