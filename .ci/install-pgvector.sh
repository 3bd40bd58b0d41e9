#!/usr/bin/env bash
# Make `CREATE EXTENSION vector` work on the local PostgreSQL (Debian bookworm, PostgreSQL 15).
#
# bookworm ships no pgvector package, so this builds Debian's own pgvector *source* package from
# the trixie suite against postgresql-server-dev-<major>. The trixie deb-src entry lives in a
# private sources list in a temp dir (the system's apt configuration is not touched) and reuses the
# mirror host already configured in /etc/apt/sources.list*.
#
# Run as root. Idempotent: exits 0 at once when the extension is already available.
# Environment (all optional):
#   PG_MAJOR        PostgreSQL major version to build for      (default 15)
#   PGHOST PGUSER   how to reach the server for the checks     (default 127.0.0.1 / postgres)
#   PGVECTOR_SUITE  Debian suite to take the source from       (default trixie)
#   DEBIAN_MIRROR   mirror URI to use instead of the detected one
set -euo pipefail

PG_MAJOR="${PG_MAJOR:-15}"
PGHOST="${PGHOST:-127.0.0.1}"
PGUSER="${PGUSER:-postgres}"
SUITE="${PGVECTOR_SUITE:-trixie}"
PG_CONFIG="/usr/lib/postgresql/${PG_MAJOR}/bin/pg_config"
export PGHOST PGUSER DEBIAN_FRONTEND=noninteractive

log() { echo "install-pgvector: $*" >&2; }

vector_available() {
  [ "$(psql -X -tAc "select 1 from pg_available_extensions where name='vector'" 2>/dev/null || true)" = "1" ]
}

if vector_available; then
  log "pgvector already available on ${PGHOST}; nothing to do"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  log "must run as root (apt-get install, make install)"
  exit 1
fi

# --- 1. build dependencies --------------------------------------------------------------------
pkgs=(postgresql-server-dev-"${PG_MAJOR}" build-essential dpkg-dev ca-certificates)
if ! apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null 2>&1; then
  log "installing build dependencies failed with the current package lists; running apt-get update"
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi
[ -x "$PG_CONFIG" ] || { log "missing $PG_CONFIG after installing postgresql-server-dev-${PG_MAJOR}"; exit 1; }

# --- 2. find the Debian mirror already configured -----------------------------------------------
# First URI of a main-archive entry (not the security archive), from deb822 .sources files or
# one-line .list files.
detect_mirror() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk '
      BEGIN { RS = ""; FS = "\n" }   # one deb822 stanza per record
      {
        uris = ""; suites = ""; enabled = 1
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/)    { uris = $i;   sub(/^URIs:[ \t]*/, "", uris) }
          if ($i ~ /^Suites:/)  { suites = $i; sub(/^Suites:[ \t]*/, "", suites) }
          if ($i ~ /^Enabled:[ \t]*no/) enabled = 0
        }
        if (enabled && uris ~ /\/debian\/?([ \t]|$)/ && suites !~ /-security/) {
          split(uris, u, /[ \t]+/); print u[1]; exit
        }
      }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk '
      $1 ~ /^deb(-src)?$/ {
        i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
        if ($i ~ /\/debian\/?$/ && $(i + 1) !~ /-security/) { print $i; exit }
      }' "$f"
  done
}
MIRROR="${DEBIAN_MIRROR:-$(detect_mirror | head -n1)}"
if [ -z "$MIRROR" ]; then
  log "no Debian main-archive mirror found in /etc/apt/sources.list*; set DEBIAN_MIRROR"
  exit 1
fi
MIRROR="${MIRROR%/}"
log "using mirror ${MIRROR} (suite ${SUITE}) for the pgvector source package"

# --- 3. fetch the source package with a private apt configuration --------------------------------
WORK="$(mktemp -d /tmp/install-pgvector.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/lists/partial" "$WORK/src"
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
echo "deb-src [signed-by=${KEYRING}] ${MIRROR} ${SUITE} main" > "$WORK/sources.list"
APT_OPTS=(
  -o "Dir::Etc::SourceList=$WORK/sources.list"
  -o "Dir::Etc::SourceParts=/dev/null"
  -o "Dir::State::Lists=$WORK/lists"
  -o "Dir::Cache::pkgcache="
  -o "Dir::Cache::srcpkgcache="
  -o "APT::Sandbox::User=root"
)
apt-get "${APT_OPTS[@]}" -qq update >/dev/null
(cd "$WORK/src" && apt-get "${APT_OPTS[@]}" -qq source pgvector >/dev/null 2>"$WORK/source.log") || {
  cat "$WORK/source.log" >&2; exit 1; }
SRC_DIR="$(find "$WORK/src" -mindepth 1 -maxdepth 1 -type d -name 'pgvector-*' | head -n1)"
[ -n "$SRC_DIR" ] || { log "apt-get source produced no pgvector-* directory"; exit 1; }
log "building $(basename "$SRC_DIR") against PostgreSQL ${PG_MAJOR}"

# --- 4. build and install ---------------------------------------------------------------------
make -s -C "$SRC_DIR" PG_CONFIG="$PG_CONFIG" -j"$(nproc)" >"$WORK/build.log" 2>&1 || {
  tail -n 40 "$WORK/build.log" >&2; exit 1; }
make -s -C "$SRC_DIR" PG_CONFIG="$PG_CONFIG" install >>"$WORK/build.log" 2>&1 || {
  tail -n 40 "$WORK/build.log" >&2; exit 1; }

# --- 5. verify in a scratch database ------------------------------------------------------------
SCRATCH="pgvector_check_$$"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE ${SCRATCH}" >/dev/null
cleanup_db() { psql -X -q -d postgres -c "DROP DATABASE IF EXISTS ${SCRATCH}" >/dev/null 2>&1 || true; }
trap 'cleanup_db; rm -rf "$WORK"' EXIT
VERSION="$(psql -X -tA -v ON_ERROR_STOP=1 -d "$SCRATCH" \
  -c "CREATE EXTENSION IF NOT EXISTS vector" \
  -c "SELECT extversion FROM pg_extension WHERE extname = 'vector'" \
  -c "DROP EXTENSION vector" | grep -E '^[0-9]' | head -n1)"
[ -n "$VERSION" ] || { log "CREATE EXTENSION vector did not work"; exit 1; }
log "pgvector ${VERSION} installed and verified"
