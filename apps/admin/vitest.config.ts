import { defineConfig } from "vitest/config";

// Kept apart from vite.config.ts: unit tests need neither the proxy nor the React plugin.
export default defineConfig({
  define: { __PUBLIC_SITE_URL__: JSON.stringify("https://trustatlas.example") },
  test: {
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
  },
});
