import { fileURLToPath } from "node:url";
import { readEnv } from "../env.ts";
import { createAdminServer } from "./app.ts";

// `pnpm start`: serves the production build. PORT and API_URL are read in env.ts.
const env = readEnv();
const distDir = fileURLToPath(new URL("../dist", import.meta.url));
const app = createAdminServer({ distDir, apiOrigin: env.API_URL });

const server = app.listen(env.PORT, () => {
  console.log(`Trust Atlas admin on http://localhost:${env.PORT} (API at ${env.API_URL})`);
});
server.on("error", (error) => {
  console.error(error.message);
  process.exit(1);
});

function stop() {
  server.close(() => process.exit(0));
  // Keep-alive connections would hold close() open: end them too.
  server.closeAllConnections();
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
