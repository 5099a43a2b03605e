import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts"],
    exclude: ["node_modules", "dist", "test/fixtures/**"],
    reporters: ["default", "./test/support/summary-reporter.ts"],
    setupFiles: ["./test/support/isolated-data-home.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
