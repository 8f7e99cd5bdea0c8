import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["./support/global-setup.ts"],
    include: ["journeys/**/*.test.ts"],
    // One API and two app servers serve every journey; run the journeys one after another.
    fileParallelism: false,
    // Every journey file in the one worker, so the `journey` fixture's Chromium is launched once.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
