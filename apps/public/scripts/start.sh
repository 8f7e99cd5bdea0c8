#!/bin/sh
# Serves the production build (run `pnpm build` first): server/app.ts, built into
# build/server/index.js. PORT, API_URL, ADMIN_URL and TRUST_PROXY are read by app/env.server.ts.
set -eu
cd "$(dirname "$0")/.."
exec node ./scripts/serve.mjs
