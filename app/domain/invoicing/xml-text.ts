// Text from users goes into XML (Factur-X, XMP) only through here.

// Characters XML 1.0 forbids even when escaped: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
// A pasted form feed or a broken emoji half would otherwise make the whole invoice unreadable by every parser.
const FORBIDDEN_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escapes markup characters (for element text and attribute values alike) and drops characters XML cannot carry. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, "").replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

/** A serialised XML fragment; "" stands for an optional element left out. */
export type Node = string;

/** An element with escaped text, or nothing when the value is null/empty (optional business terms). */
export function text(name: string, value: string | null | undefined, attributes: Record<string, string> = {}): Node {
  if (value === null || value === undefined || value.trim() === "") return "";
  const attributeText = Object.entries(attributes)
    .map(([key, attributeValue]) => ` ${key}="${escapeXml(attributeValue)}"`)
    .join("");
  return `<${name}${attributeText}>${escapeXml(value)}</${name}>`;
}

/** An element around its children, or nothing when every child was left out. */
export function element(name: string, ...children: Node[]): Node {
  const content = children.filter((child) => child !== "").join("");
  return content === "" ? "" : `<${name}>${content}</${name}>`;
}
