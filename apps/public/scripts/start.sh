#!/bin/sh
# Serves the production build (run `pnpm build` first). PORT defaults to 3000; API_URL and
# ADMIN_URL are read by app/env.server.ts when the server starts.
set -eu
cd "$(dirname "$0")/.."
PATH="$PWD/node_modules/.bin:$PATH"
PORT="${PORT:-3000}" exec react-router-serve ./build/server/index.js
