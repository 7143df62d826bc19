import { defineConfig } from "vitest/config";

// One runner for the whole workspace. Test files that talk to NATS/Redis each
// take their own namespace (packages/testkit), so files run in parallel.
export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "services/*/test/**/*.test.ts", "tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
    reporters: ["default"],
  },
});
