import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql module for Pothos, Yoga and the tests, or graphql-js refuses "another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: { testTimeout: 30_000, hookTimeout: 60_000 },
});
