# syntax=docker/dockerfile:1
#
# Trust Atlas public site (React Router 7 framework mode, server-side rendered). Build from the
# repository root:
#   docker build -f infra/public.Dockerfile -t trust-atlas-public .
# Needs the root .dockerignore (see infra/README.md).

# glibc (Debian) rather than Alpine: native optional dependencies are picked per libc at
# install time, so the build stages and the runtime stage must share one libc.
ARG NODE_IMAGE=node:20-slim
# Keep in step with "packageManager" in the root package.json.
ARG PNPM_VERSION=10.34.9

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
ARG PNPM_VERSION
# npm rather than corepack: corepack's on-demand downloads are unreliable in CI and sandboxes.
RUN npm install --global --no-fund --no-audit pnpm@${PNPM_VERSION}
# CI=true keeps pnpm non-interactive in a build without a TTY.
ENV CI=true \
    TURBO_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /repo

# ---------------------------------------------------------------------------------------------
# Lockfile-only layer: reused until dependencies change (see api.Dockerfile for why the store
# stays in the layer and why fetch's node_modules is dropped).
FROM base AS fetch
COPY pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
RUN pnpm fetch && rm -rf node_modules

# ---------------------------------------------------------------------------------------------
# Full install (dev dependencies included: Vite, React Router's build tooling, codegen), then
# build through turbo so the app's `generate` (GraphQL Code Generator over the committed
# packages/graphql/schema.graphql) writes app/gql/ before the Vite build needs it. The API's
# print-schema step is not part of this graph (the app does not depend on @atlas/api); the
# committed schema is what CI keeps fresh.
FROM fetch AS build
COPY . .
RUN pnpm install --frozen-lockfile --offline
RUN pnpm exec turbo run build --filter=@atlas/public...

# ---------------------------------------------------------------------------------------------
# Production dependencies only, in the same monorepo layout the build ran in. The server
# bundle (build/server/index.js) inlines the workspace packages (Vite does not externalize
# linked packages) and imports only the app's own npm dependencies at run time (react,
# react-dom, react-router, @react-router/node, @urql/core, isbot, zod), resolved from
# apps/public/node_modules exactly as `pnpm --filter @atlas/public start` does locally. So the
# filter is the app alone, without `...`: the workspace packages' own dependencies (codegen
# tooling under @atlas/graphql, for one) are never loaded at run time.
# (`pnpm deploy` would need inject-workspace-packages or --legacy in pnpm 10.)
FROM fetch AS prod-deps
COPY . .
RUN pnpm install --frozen-lockfile --offline --prod --filter=@atlas/public

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000
# react-router-serve resolves the build's assets directory (build/client) relative to the
# working directory, so it must run from the app's folder.
WORKDIR /repo/apps/public
COPY --from=prod-deps /repo /repo
COPY --from=build /repo/apps/public/build ./build
USER node
EXPOSE 3000
# react-router-serve closes its HTTP server on SIGTERM, finishing requests in flight.
STOPSIGNAL SIGTERM
# Liveness only: any HTTP answer means the server is up. A status check would tie this
# container's health to the API's (a page whose loader cannot reach the API renders a 500),
# and that is the API's health check's job. Every 30 s because each probe renders a page.
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/', { redirect: 'manual' }).then(() => process.exit(0), () => process.exit(1))"]
# pnpm's bin shim execs node, so node ends up as PID 1 and gets SIGTERM directly; no pnpm or
# turbo at run time. Reads PORT (and HOST if set; all interfaces otherwise).
CMD ["./node_modules/.bin/react-router-serve", "./build/server/index.js"]
