// Lint: strict TypeScript rules plus the package boundaries (README.md, "Development"): services never import each other, pure packages do no I/O.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const PURE = ["extract", "enrich", "contracts"];
const IO = ["@inkstream/bus", "@inkstream/store", "@inkstream/runtime", "@inkstream/testkit", "ioredis", "@nats-io/*", "pino"];
const SERVICES = ["fetcher", "parser", "enricher", "indexer", "gateway", "cli"].map((s) => `@inkstream/${s}`);

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "**/.turbo/**", "**/*.js", "**/*.cjs", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
      "no-console": "error",
    },
  },
  // a service never imports another service
  {
    files: ["services/**/*.ts", "packages/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: SERVICES, message: "Services never import other services; share code through packages/." }] }],
    },
  },
  // ioredis's pipeline() keeps its replies alive past the call in the collector's eyes (docs/benchmarks.md, "Reads
  // without pipeline()"): send separate commands in one write instead (sendTogether in packages/store)
  {
    files: ["services/**/*.ts", "packages/**/*.ts"],
    ignores: ["**/bench/**"],
    rules: {
      "no-restricted-syntax": ["error", { selector: "CallExpression[callee.property.name='pipeline']", message: "Issue the commands as separate calls inside sendTogether (packages/store/src/send-together.ts): a pipeline's replies survive into the old generation." }],
    },
  },
  // pure packages never import I/O packages
  ...PURE.map((p) => ({
    files: [`packages/${p}/src/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: [...IO, ...SERVICES], message: `packages/${p} is pure: no NATS, Redis, logging or services here.` },
            { group: ["node:fs", "node:net", "node:http", "node:https", "node:child_process"], message: `packages/${p} does no I/O.` },
          ],
        },
      ],
    },
  })),
  // scripts, the CLI, tests and benches may print
  {
    files: ["scripts/**/*.ts", "services/cli/**/*.ts", "examples/**/*.ts", "**/test/**/*.ts", "tests/**/*.ts", "**/bench/**/*.ts"],
    rules: { "no-console": "off" },
  },
);
