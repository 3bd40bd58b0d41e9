#!/usr/bin/env bash
# The deployment recipe, run on the host: container images cannot be pulled here, so CI runs the
# image's own entrypoint (deploy/entrypoint.sh) on a staging copy holding exactly what the image
# holds (package.json, package-lock.json, .npmrc, deploy/, models/, the built dist/): install the
# production dependencies, migrate as the owner role, start as an unprivileged user against a fresh
# database as the application role, wait for /readyz, run one authenticated GraphQL query, stop.
# Needs a built dist/ (npm run build) and PostgreSQL with pgvector (PGHOST, PGUSER a superuser).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
repo="$PWD"
started=$SECONDS

[ -f dist/src/main.js ] || { echo "dist/ is missing: npm run build first"; exit 1; }
stage="$(mktemp -d "${TMPDIR:-/tmp}/twokey-deploy.XXXXXX")"
db="twokey_deploy_$$"
service_pid=""
cleanup() {
  if [ -n "$service_pid" ] && kill -0 "$service_pid" 2>/dev/null; then kill -KILL "$service_pid" || true; fi
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$stage"
}
trap cleanup EXIT

# what the image's runtime stage copies (Dockerfile), from the commit under test plus the build
chmod 755 "$stage"
git archive HEAD package.json package-lock.json .npmrc deploy models | tar -x -C "$stage"
cp -a dist "$stage/dist"
(cd "$stage" && deploy/entrypoint.sh install) >"$stage/install.log" 2>&1 ||
  { cat "$stage/install.log"; exit 1; }
echo "production dependencies installed in $((SECONDS - started)) s"

# the unprivileged user the entrypoint drops to when started as root (as CI is)
if [ "$(id -u)" = 0 ] && ! id -u twokey >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin twokey
fi

# the README's database roles, made once by the DBA: an owner that migrates, a service role that serves
psql -X -q -v ON_ERROR_STOP=1 -d postgres <<SQL
SELECT 'CREATE ROLE twokey_app NOLOGIN' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'twokey_app') \gexec
SELECT 'CREATE ROLE twokey_ci_owner LOGIN PASSWORD ''twokey_ci_owner''' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'twokey_ci_owner') \gexec
SELECT 'CREATE ROLE twokey_ci_service LOGIN PASSWORD ''twokey_ci_service'' IN ROLE twokey_app' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'twokey_ci_service') \gexec
CREATE DATABASE ${db} OWNER twokey_ci_owner;
\c ${db}
CREATE EXTENSION vector;
SQL

# a signing key for this run (the identity provider's part); the service gets only its public key
keys="$(node -e '
  const { generateKeyPairSync, sign } = require("node:crypto");
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  const input = `${b64({ alg: "EdDSA", typ: "JWT" })}.${b64({ sub: "swp.requester", iss: "twokey", aud: "twokey-api", iat: now, exp: now + 600 })}`;
  const token = `${input}.${sign(null, Buffer.from(input), privateKey).toString("base64url")}`;
  console.log(JSON.stringify({ publicKey: publicKey.export({ type: "spki", format: "pem" }), token }));')"
port="$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"

export NODE_ENV=production PORT="$port" HOST=127.0.0.1 LOG_LEVEL=info INFERENCE_SESSIONS=1 SEED_DEMO_DATA=true
export DATABASE_URL="postgres://twokey_ci_service:twokey_ci_service@${PGHOST}:5432/${db}"
export AUTH_PUBLIC_KEY="$(node -e 'console.log(JSON.parse(process.argv[1]).publicKey)' "$keys")" AUTH_PUBLIC_KEY_ALG=EdDSA
unset MIGRATE_ON_START

# the migrate job (the owner's URL only here), then the service: neither runs as root
DATABASE_MIGRATION_URL="postgres://twokey_ci_owner:twokey_ci_owner@${PGHOST}:5432/${db}" "$stage/deploy/entrypoint.sh" migrate
"$stage/deploy/entrypoint.sh" migrate --status >/dev/null # exit 3 if anything were still pending
"$stage/deploy/entrypoint.sh" serve >"$stage/service.log" 2>&1 &
service_pid=$!
if ! "$stage/deploy/entrypoint.sh" ready --wait 120; then
  cat "$stage/service.log"
  exit 1
fi
user="$(ps -o user= -p "$service_pid")"
echo "service ready on port $port as user ${user} in $((SECONDS - started)) s"
if [ "$(id -u)" = 0 ] && [ "$user" != twokey ]; then echo "the service runs as ${user}, not twokey"; exit 1; fi

answer="$(node -e '
  fetch(`http://127.0.0.1:${process.env.PORT}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${JSON.parse(process.argv[1]).token}` },
    body: JSON.stringify({ query: "{ me { displayName roles } }" }),
  }).then(async (r) => console.log(r.status, await r.text()));' "$keys")"
echo "$answer"
case "$answer" in
  200*'"roles":["REQUESTER"]'*) ;;
  *) cat "$stage/service.log"; echo "the authenticated query failed"; exit 1 ;;
esac

kill -TERM "$service_pid"
status=0
wait "$service_pid" || status=$?
service_pid=""
[ "$status" = 0 ] || { cat "$stage/service.log"; echo "the service exited $status on SIGTERM"; exit 1; }
echo "deployment recipe passed in $((SECONDS - started)) s"
