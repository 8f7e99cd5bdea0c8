import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// Kept apart from vite.config.ts: unit tests need neither the proxy nor the React plugin.
export default defineConfig({
  define: { __PUBLIC_SITE_URL__: JSON.stringify("https://trustatlas.example") },
  resolve: {
    // The tests run the real API in process (@atlas/api/testing): one graphql module for Pothos,
    // Yoga and the tests, or graphql-js refuses "another module or realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    // Each file that talks to the API starts one on a fresh database (PGlite or PostgreSQL).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
