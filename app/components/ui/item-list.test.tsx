import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ItemList } from "./item-list";

const render = (items: string[], className?: string) =>
  renderToStaticMarkup(
    <ItemList items={items} empty="Aucune demande." className={className}>
      {(item) => <li key={item}>{item}</li>}
    </ItemList>,
  );

describe("ItemList", () => {
  it("renders one item per entry in a list of the given classes", () => {
    expect(render(["Ada", "Grace"], "list card")).toBe('<ul class="list card"><li>Ada</li><li>Grace</li></ul>');
    expect(render(["Ada"])).toBe('<ul class="list"><li>Ada</li></ul>');
  });

  it("says it is empty instead of rendering an empty list", () => {
    const html = render([]);
    expect(html).not.toContain("<ul");
    expect(html).toBe('<div class="empty-state"><p class="muted">Aucune demande.</p></div>');
  });
});
