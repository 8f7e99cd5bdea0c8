import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions, type UserConfig } from "vite";
import { readEnv } from "./env.ts";
import { graphqlPath, isDocumentDownload } from "./server/api-routes.ts";

export default defineConfig((): UserConfig => {
  const env = readEnv();
  // The app talks only to same-origin /graphql, and downloads documents from the same origin:
  // the API's HttpOnly SameSite=Lax session cookie is then first-party. This is the development
  // server's proxy; the production build is served by server/ (`pnpm start`), which proxies the
  // same requests (server/api-routes.ts) and adds security headers.
  // xfwd: the API counts sign-in attempts by the visitor's address, as behind server/.
  const toApi = { target: env.API_URL, changeOrigin: true, xfwd: true };
  const proxy: Record<string, ProxyOptions> = {
    [graphqlPath]: toApi,
    "/files/partnership-documents/": {
      ...toApi,
      // Anything else under the prefix stays the app's (a string returned is served here).
      bypass: (req) => {
        const pathname = new URL(req.url ?? "/", "http://admin.invalid").pathname;
        return isDocumentDownload(req.method, pathname) ? undefined : (req.url ?? "/");
      },
    },
  };
  return {
    plugins: [react()],
    define: { __PUBLIC_SITE_URL__: JSON.stringify(env.PUBLIC_SITE_URL) },
    server: { port: 3001, strictPort: true, proxy },
    build: {
      target: "es2022",
      // Maps for error reports, not referenced from the served files.
      sourcemap: "hidden",
      // Modules run in the order the source imports them, whatever chunk each lands in: main.tsx
      // turns off zod's eval probe before any schema is built, and a shared chunk of schemas
      // hoisted above it would probe first (a violation of the Content-Security-Policy).
      rolldownOptions: { output: { strictExecutionOrder: true } },
    },
  };
});
