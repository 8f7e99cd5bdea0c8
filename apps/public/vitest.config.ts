// Kept apart from vite.config.ts: the React Router plugin is for the app build, not unit tests.
import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql module for the API the tests run in process (Pothos, Yoga) and the app, or
    // graphql-js refuses a schema from "another module or realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    environment: "node",
    include: ["app/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    // Each test file starts the real API on a fresh database (PGlite takes a few seconds).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
