#!/usr/bin/env bash
# twokey's one entrypoint, the same everywhere: the container image (ENTRYPOINT and HEALTHCHECK),
# the systemd units, and CI (.ci/deploy-check.sh runs it on the host, as images cannot be pulled).
#
#   deploy/entrypoint.sh install              npm ci --omit=dev here (the image build; a staging copy)
#   deploy/entrypoint.sh migrate [--status]   apply pending migrations under the advisory lock, then exit
#   deploy/entrypoint.sh serve                run the service (the default)
#   deploy/entrypoint.sh ready [--wait S]     exit 0 once GET /readyz answers 200 (--wait: poll up to S seconds)
#
# It runs from the application directory (the one holding dist/, models/, node_modules/).
# Started as root, `migrate` and `serve` drop to the unprivileged TWOKEY_USER (default twokey)
# first; the image and the systemd units start it as that user already. NODE_ENV defaults to
# production. Everything else is the service's own configuration (README: Configuration).
set -euo pipefail

APP_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$APP_DIR"
export NODE_ENV="${NODE_ENV:-production}"
TWOKEY_USER="${TWOKEY_USER:-twokey}"

die() { printf 'entrypoint: %s\n' "$*" >&2; exit 1; }

# Runs "$@" in place of this script, as TWOKEY_USER when started as root.
exec_unprivileged() {
  [ -f dist/src/main.js ] || die "dist/ is missing: build first (npm run build)"
  if [ "$(id -u)" = 0 ]; then
    id -u "$TWOKEY_USER" >/dev/null 2>&1 ||
      die "user $TWOKEY_USER does not exist (useradd --system --no-create-home $TWOKEY_USER)"
    exec setpriv --reuid="$TWOKEY_USER" --regid="$(id -g "$TWOKEY_USER")" --init-groups \
      --inh-caps=-all --bounding-set=-all --no-new-privs -- "$@"
  fi
  exec "$@"
}

# GET /readyz on this host's service: 0 when it answers 200.
ready_once() {
  local host="${HOST:-127.0.0.1}"
  case "$host" in 0.0.0.0 | :: | '') host=127.0.0.1 ;; esac
  READY_URL="${READY_URL:-http://$host:${PORT:-4000}/readyz}" node -e '
    fetch(process.env.READY_URL, { signal: AbortSignal.timeout(4000) })
      .then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1));'
}

command="${1:-serve}"
[ $# -gt 0 ] && shift
case "$command" in
  install)
    # onnxruntime-node's install step would fetch GPU libraries from outside the npm registry;
    # the CPU binaries in its tarball are all twokey needs
    ONNXRUNTIME_NODE_INSTALL=skip exec npm ci --omit=dev --prefer-offline --no-audit --no-fund
    ;;
  migrate)
    exec_unprivileged node dist/src/cli/migrate.js "$@"
    ;;
  serve)
    exec_unprivileged node dist/src/main.js
    ;;
  ready)
    if [ "${1:-}" = --wait ]; then
      deadline=$((SECONDS + ${2:?ready --wait needs a number of seconds}))
      until ready_once; do
        [ "$SECONDS" -lt "$deadline" ] || die "not ready within $2 s"
        sleep 1
      done
    else
      ready_once
    fi
    ;;
  *)
    die "unknown command '$command' (install, migrate [--status], serve, ready [--wait S])"
    ;;
esac
