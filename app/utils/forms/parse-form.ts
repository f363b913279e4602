// parseWithZod on the fields the schema knows, and only those. Conform's reply() echoes the
// whole submission back into the page: an unknown field (or a thousand of them) must not come
// back to the sender, nor be the reason a reply weighs megabytes.
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";

/** Top-level field names a schema reads, or null when they cannot be known (then nothing is dropped). */
export function fieldNamesOf(schema: z.ZodTypeAny): Set<string> | null {
  if (schema instanceof z.ZodEffects) return fieldNamesOf(schema.innerType());
  if (schema instanceof z.ZodPipeline) return fieldNamesOf(schema._def.in);
  if (schema instanceof z.ZodObject) return new Set(Object.keys(schema.shape as object));
  if (schema instanceof z.ZodUnion || schema instanceof z.ZodDiscriminatedUnion) {
    const names = new Set<string>();
    for (const option of schema.options as z.ZodTypeAny[]) {
      const optionNames = fieldNamesOf(option);
      if (!optionNames) return null;
      for (const name of optionNames) names.add(name);
    }
    return names;
  }
  if (schema instanceof z.ZodIntersection) {
    const left = fieldNamesOf(schema._def.left);
    const right = fieldNamesOf(schema._def.right);
    return left && right ? new Set([...left, ...right]) : null;
  }
  return null;
}

/** `lines[3].quantity` and `lines.3` → `lines`. */
function rootName(name: string) {
  return name.split(/[[.]/, 1)[0];
}

export function keepKnownFields(formData: FormData, schema: z.ZodTypeAny): FormData {
  const names = fieldNamesOf(schema);
  if (!names) return formData;
  const kept = new FormData();
  for (const [name, value] of formData.entries()) {
    // Conform's own fields (`__intent__`, …) drive validation intents.
    if (names.has(rootName(name)) || name.startsWith("__")) kept.append(name, value);
  }
  return kept;
}

/** parseWithZod over the schema's own fields only (see above). */
export function parseForm<Schema extends z.ZodTypeAny>(formData: FormData, options: { schema: Schema }) {
  return parseWithZod(keepKnownFields(formData, options.schema), options);
}
