import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions, type UserConfig } from "vite";
import { readEnv } from "./env.ts";

export default defineConfig((): UserConfig => {
  const env = readEnv();
  // The app talks only to same-origin /graphql: the API's HttpOnly SameSite=Lax session cookie
  // is then first-party, in development (server) and when serving the build (preview) alike.
  const proxy: Record<string, ProxyOptions> = {
    "/graphql": { target: env.API_URL, changeOrigin: true },
  };
  return {
    plugins: [react()],
    define: { __PUBLIC_SITE_URL__: JSON.stringify(env.PUBLIC_SITE_URL) },
    server: { port: 3001, strictPort: true, proxy },
    preview: { port: 3001, strictPort: true, proxy },
    build: {
      target: "es2022",
      // Maps for error reports, not referenced from the served files.
      sourcemap: "hidden",
    },
  };
});
