# syntax=docker/dockerfile:1
#
# Trust Atlas API image. Build from the repository root:
#   docker build -f infra/api.Dockerfile -t trust-atlas-api .
# Needs the root .dockerignore (see infra/README.md): without it the host's node_modules
# (built for another platform) would be copied over the image's own.

# glibc (Debian) rather than Alpine: @node-rs/argon2 and esbuild ship prebuilt binaries picked
# per libc at install time, so the build stages and the runtime stage must share one libc.
ARG NODE_IMAGE=node:20-slim
# Keep in step with "packageManager" in the root package.json: pnpm 10 would otherwise try to
# switch versions, which needs the network.
ARG PNPM_VERSION=10.34.9

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
ARG PNPM_VERSION
# npm rather than corepack: corepack's signature checks and on-demand downloads are unreliable
# in CI and sandboxed builders.
RUN npm install --global --no-fund --no-audit pnpm@${PNPM_VERSION}
# CI=true keeps pnpm non-interactive (it would otherwise stop to ask before purging a
# node_modules it did not lay out itself).
ENV CI=true \
    TURBO_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /repo

# ---------------------------------------------------------------------------------------------
# Download every package in the lockfile into pnpm's store. Only the lockfile and workspace
# settings are copied, so this (slowest) layer is reused until dependencies change, not on
# every edit to a package.json or to source. The store lives in the layer, not in a BuildKit
# cache mount: a cache mount can be pruned while this layer stays cached, and the
# `--offline` installs below would then fail.
FROM base AS fetch
COPY pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
# fetch also lays out a node_modules; drop it so the installs below start clean (a leftover
# one from fetch has produced missing-module installs on pnpm 10, pnpm/pnpm#9744).
RUN pnpm fetch && rm -rf node_modules

# ---------------------------------------------------------------------------------------------
# Production dependencies of the API and the workspace packages it imports, nothing else. At
# run time only the two packages the bundle leaves out (@node-rs/argon2, a native addon, and
# @electric-sql/pglite, which loads its WebAssembly from beside its own files) are read from
# here, and the workspaces' files found beside their source (@atlas/db's migrations).
#
# Why not `pnpm deploy --filter @atlas/api --prod /out`: in pnpm 10 it needs
# inject-workspace-packages (not set here) or --legacy, and the deployed folder flattens the
# repo layout the code relies on: src/env.ts derives the repo root from its own path, and
# @atlas/db finds its migrations at ../drizzle from its source (the bundle keeps each module's
# own import.meta.url, so those paths hold).
FROM fetch AS prod-deps
COPY . .
RUN pnpm install --frozen-lockfile --offline --prod --filter=@atlas/api...

# ---------------------------------------------------------------------------------------------
# The apps' operation manifests (persisted-documents.json): in production the API runs only
# the operations listed there (TRUSTED_DOCUMENTS). Generated from the committed schema with the
# apps' codegen, which needs their dev dependencies, so in a stage of its own.
FROM fetch AS manifests
COPY . .
RUN pnpm install --frozen-lockfile --offline --filter=@atlas/public --filter=@atlas/admin \
 && pnpm --filter @atlas/public --filter @atlas/admin generate

# ---------------------------------------------------------------------------------------------
# The API bundled into one module (apps/api/scripts/build.mjs, esbuild: a dev dependency).
FROM fetch AS api-build
COPY . .
RUN pnpm install --frozen-lockfile --offline --filter=@atlas/api... \
 && pnpm --filter @atlas/api build

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=4000 \
    DATA_DIR=/data/pglite
# Only used when DATABASE_URL is unset (embedded PGlite): a writable place for the non-root
# user. No VOLUME here, so a forgotten DATABASE_URL does not silently create anonymous volumes.
RUN mkdir -p /data && chown node:node /data
WORKDIR /repo/apps/api
# Owned by root and read-only to the app user: the process has no reason to modify its code.
COPY --from=prod-deps /repo /repo
COPY --from=api-build /repo/apps/api/dist /repo/apps/api/dist
COPY --from=manifests /repo/apps/public/app/gql/persisted-documents.json /repo/apps/public/app/gql/
COPY --from=manifests /repo/apps/admin/src/gql/persisted-documents.json /repo/apps/admin/src/gql/
# The node user (uid 1000) ships with the official image.
USER node
EXPOSE 4000
# The API drains in-flight requests on SIGTERM (src/main.ts), for up to 10 s.
STOPSIGNAL SIGTERM
# Readiness, not just liveness: /readyz answers 503 while the database is unreachable, which is
# what `depends_on: condition: service_healthy` and a load balancer need to know. The start
# period covers migrations and the first demo-data load. No curl/wget in the slim image; Node
# 20 has fetch.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# `node dist/main.mjs` (what `pnpm start` runs) rather than `pnpm start`: no package manager and
# no wrapper process at run time, so node is PID 1 and receives SIGTERM itself (it installs its
# own handler, so the PID 1 default-signal caveat does not apply, and it spawns no children
# to reap).
CMD ["node", "dist/main.mjs"]
