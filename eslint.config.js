import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "build-baseline/**",
      "node_modules/**",
      "app/generated/**",
      "data/**",
      "public/build/**",
      "test-results/**",
      "playwright-report/**",
      "tests/.artifacts/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Forms are read through the guard (size, field count, array indices, control characters):
    // app/utils/forms/read-form.server.ts. A direct formData() would bypass it (issue 10).
    files: ["app/routes/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='formData'][callee.object.name='request']",
          message: "Lisez le formulaire avec readForm(request) (app/utils/forms/read-form.server.ts).",
        },
        {
          selector: "CallExpression[callee.property.name='json'][callee.object.name='request']",
          message: "Lisez le corps avec une limite de taille (app/utils/forms/read-form.server.ts).",
        },
      ],
      // A route is an HTTP adapter: what two routes share lives in the domain, utils or components (issue 13).
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["./*", "../*", "~/routes/*"],
              message:
                "Une route n'importe pas une autre route : déplacez ce qu'elles partagent dans app/domain, app/utils ou app/components.",
            },
          ],
        },
      ],
    },
  },
  {
    // One place reads the environment and checks it at start-up: app/utils/config.server.ts (issue 13).
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/utils/config.server.ts", "app/**/*.test.ts", "app/generated/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Lisez la configuration avec config() (app/utils/config.server.ts).",
        },
      ],
    },
  },
);
