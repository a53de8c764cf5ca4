import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Rest siblings drop fields on purpose (e.g. seed-only keys before an insert).
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // Links prefetch on intent only (components/intent-link.tsx): a viewport prefetch of a dynamic page is a server render.
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "next/link", message: "Use IntentLink from @/components/intent-link (prefetch on intent, not on sight)." },
            { name: "recharts", message: "Recharts is drawn only in components/charts/*, reached through lazy-charts.tsx (kept out of the first load)." },
          ],
          patterns: [{ group: ["**/charts/stacked-bar-chart", "**/charts/compare-line-chart", "**/charts/flow-sankey-chart", "**/charts/published-points-drawing"], message: "Import the chart from @/components/charts/lazy-charts (kept out of the first load)." }],
        },
      ],
    },
  },
  { files: ["components/intent-link.tsx", "components/charts/**", "bench/**"], rules: { "no-restricted-imports": "off" } },
  globalIgnores([
    ".next/**",
    "bench/minimal/.next/**",
    "bench/minimal/next-env.d.ts",
    "bench/bare/.next/**",
    "bench/bare/next-env.d.ts",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "db/migrations/**",
    "test-results/**",
    "playwright-report/**",
    "bench-out/**",
  ]),
]);
