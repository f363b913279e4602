// The conform form of most pages: checked in the browser with the schema the action parses
// (parseForm, so the same fields and the same errors), each field as soon as it loses focus.
import { useForm } from "@conform-to/react";
import type { z } from "zod";
import { parseForm } from "~/utils/forms/parse-form";

type SchemaFormOptions<Schema extends z.ZodTypeAny> = Omit<
  Parameters<typeof useForm<z.input<Schema>, z.output<Schema>, string[]>>[0],
  "onValidate" | "shouldValidate"
>;

export function useSchemaForm<Schema extends z.ZodTypeAny>(schema: Schema, options: SchemaFormOptions<Schema>) {
  return useForm<z.input<Schema>, z.output<Schema>, string[]>({
    ...options,
    onValidate: ({ formData }) => parseForm(formData, { schema }),
    shouldValidate: "onBlur",
  });
}
