// Browser journeys against a running app (E2E_PUBLIC_URL) and API: see e2e/README.md.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // One browser, one server: journeys run one after another.
    fileParallelism: false,
  },
});
