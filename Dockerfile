# syntax=docker/dockerfile:1
# twokey's image: build with the dev dependencies, run with the production ones only, as a
# non-root user, with the face models baked in. The runtime stage holds what .ci/deploy-check.sh
# stages on the host (package.json, package-lock.json, .npmrc, deploy/, models/, dist/) and runs
# the same deploy/entrypoint.sh, so CI checks this layout without pulling an image.
#   docker build -t twokey .
#   docker run --rm twokey migrate          # the migrate job (DATABASE_URL, DATABASE_MIGRATION_URL)
#   docker run -p 4000:4000 twokey          # serve (DATABASE_URL, AUTH_JWKS_URL or AUTH_PUBLIC_KEY)
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# onnxruntime-node's install step would fetch GPU libraries from outside the npm registry
ENV ONNXRUNTIME_NODE_INSTALL=skip
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production PORT=4000 ONNXRUNTIME_NODE_INSTALL=skip
COPY package.json package-lock.json .npmrc ./
COPY deploy deploy
RUN deploy/entrypoint.sh install && npm cache clean --force
COPY models models
COPY --from=build /app/dist dist
RUN useradd --system --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin twokey
# root owns the application files; the service only reads them
USER twokey
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 \
  CMD ["/app/deploy/entrypoint.sh", "ready"]
ENTRYPOINT ["/app/deploy/entrypoint.sh"]
CMD ["serve"]
