// Table-driven checks of a pure function: one row per case, the arguments then the expected value
// (a row may leave out trailing optional arguments). `toEqual` compares primitives with Object.is, as
// `toBe` does, and objects by value, so one matcher serves both; a failure names the row's arguments.
import { expect } from "vitest";

const show = (arg: unknown) => (typeof arg === "bigint" ? `${arg}n` : JSON.stringify(arg));

export function expectEach<F extends (...args: never[]) => unknown>(fn: F, rows: [...unknown[], ReturnType<F>][]) {
  for (const row of rows) {
    const args = row.slice(0, -1);
    const label = `${fn.name}(${args.map(show).join(", ")})`;
    expect((fn as unknown as (...args: unknown[]) => unknown)(...args), label).toEqual(row.at(-1));
  }
}

/** A text (or a list of lines) holds each of the fragments: one `toContain` per fragment. */
export function expectContainsAll(haystack: string | readonly string[], fragments: readonly string[]) {
  for (const fragment of fragments) expect(haystack).toContain(fragment);
}
