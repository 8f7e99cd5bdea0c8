# syntax=docker/dockerfile:1
#
# Trust Atlas admin: the Vite single-page app as static files behind nginx, with /graphql
# proxied to the API so the browser talks to one origin. Build from the repository root:
#   docker build -f infra/admin.Dockerfile -t trust-atlas-admin .
# Needs the root .dockerignore (see infra/README.md).

ARG NODE_IMAGE=node:20-slim
# Keep in step with "packageManager" in the root package.json.
ARG PNPM_VERSION=10.34.9
# nginx-unprivileged runs as uid 101 with its pid and temp files under /tmp, so no root and no
# capabilities are needed. 1.28 (stable) or later is required: the upstream `resolve`
# parameter in nginx.admin.conf arrived in open-source nginx 1.27.3.
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.28-alpine

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
# turbo runs the app's `generate` first (GraphQL Code Generator over the committed
# schema.graphql, writing src/gql/), then the Vite build into apps/admin/dist.
FROM fetch AS build
# The public site's address is compiled into the bundle (vite.config.ts `define`), so it is a
# build argument, not a run-time variable: rebuild the image to change it.
ARG PUBLIC_SITE_URL=http://localhost:3000
COPY . .
RUN pnpm install --frozen-lockfile --offline
# --env-mode=loose: turbo's default strict mode hands tasks only the variables turbo.json
# declares, and PUBLIC_SITE_URL is not declared there, so it would silently fall back to the
# app's default.
RUN pnpm exec turbo run build --filter=@atlas/admin... --env-mode=loose

# ---------------------------------------------------------------------------------------------
# Nothing from Node ships: the output is static files.
FROM ${NGINX_IMAGE} AS runtime
USER root
# Drop the stock welcome page and 50x.html so only the app's files are served.
RUN rm -rf /usr/share/nginx/html/*
# Replaces the stock server block (which listens on 8080) rather than adding a second one.
COPY infra/nginx.admin.conf /etc/nginx/conf.d/default.conf
COPY --from=build /repo/apps/admin/dist /usr/share/nginx/html
USER 101
EXPOSE 3001
# Deliberately not SIGTERM: to nginx SIGTERM means "fast shutdown" (connections dropped), while
# SIGQUIT is its graceful shutdown (finish requests in flight). The base image sets SIGQUIT;
# restated so nobody "fixes" it to match the Node images.
STOPSIGNAL SIGQUIT
# busybox wget is in the Alpine image. /healthz is answered by nginx itself, so the admin
# container stays healthy while the API restarts (the SPA still loads and retries).
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:3001/healthz"]
