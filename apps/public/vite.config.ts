import { reactRouter } from "@react-router/dev/vite";
import { defineConfig, type Plugin } from "vite";

/**
 * @atlas/domain is plain data and pure functions, but its package.json does not say so
 * (`"sideEffects": false`), so the bundler keeps every module it touches, zod schemas and the
 * list of local authorities included, even when a page only wants a label. Saying it here lets
 * the browser bundle keep only the vocabularies the pages use.
 */
function domainIsSideEffectFree(): Plugin {
  return {
    name: "atlas:domain-side-effect-free",
    transform: {
      filter: { id: /[\\/]packages[\\/]domain[\\/]src[\\/]/ },
      handler(code) {
        return { code, map: null, moduleSideEffects: false };
      },
    },
  };
}

export default defineConfig({
  plugins: [domainIsSideEffectFree(), reactRouter()],
  server: { port: 3000, strictPort: true },
});
