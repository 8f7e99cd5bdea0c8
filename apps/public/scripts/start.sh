#!/bin/sh
# Serves the production build (run `pnpm build` first): server/app.ts, built into
# build/server/index.js. PORT, API_URL, ADMIN_URL, TRUST_PROXY, MAP_TILE_URL and
# MAP_TILE_ATTRIBUTION are read by app/env.server.ts.
set -eu
cd "$(dirname "$0")/.."
exec node ./scripts/serve.mjs
