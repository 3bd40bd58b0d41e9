#!/usr/bin/env bash
# The replica tests' harness: a streaming replica of the local PostgreSQL as a second cluster.
#   .ci/replica.sh start   pg_basebackup -R of the primary (PGHOST, port 5432) into a temporary data
#                          directory, started with pg_ctl on REPLICA_PORT (default 5433; shared_buffers
#                          REPLICA_SHARED_BUFFERS, default 128MB), waits until
#                          its WAL receiver is streaming, prints the replica's server URL
#   .ci/replica.sh stop    stops it and removes its data directory
# The primary must accept replication connections from 127.0.0.1: a missing pg_hba.conf entry is
# added (trust, as for the primary's other local connections) and the configuration reloaded. No
# replication slot is made, so a replica left behind never holds WAL on the primary. Run as root
# (the cluster then runs as the postgres user) or as the user owning the clusters.
set -euo pipefail
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
primary_port="${PGPORT:-5432}"
port="${REPLICA_PORT:-5433}"
# a benchmark through the replica gives it the primary's buffers (e.g. REPLICA_SHARED_BUFFERS=4GB)
shared_buffers="${REPLICA_SHARED_BUFFERS:-128MB}"
dir="${TMPDIR:-/tmp}/twokey-replica-${port}"
version="$(psql -X -At -p "$primary_port" -d postgres -c 'SHOW server_version_num' | cut -c1-2)"
bin="/usr/lib/postgresql/${version}/bin"
[ -x "$bin/pg_ctl" ] || bin="$(dirname "$(command -v pg_ctl)")"

as_owner() { # runs a PostgreSQL tool as the clusters' owner
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

replica_sql() { psql -X -At -h "$PGHOST" -p "$port" -d postgres -c "$1"; }

stop() {
  if [ -f "$dir/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

start() {
  stop
  local rules
  rules="$(psql -X -At -p "$primary_port" -d postgres -c \
    "SELECT count(*) FROM pg_hba_file_rules WHERE 'replication' = ANY(database) AND type = 'host' AND address IN ('127.0.0.1', 'all') OR 'replication' = ANY(database) AND type = 'local'")"
  if [ "$rules" = "0" ]; then
    local hba
    hba="$(psql -X -At -p "$primary_port" -d postgres -c 'SHOW hba_file')"
    echo "replica: allowing replication connections from 127.0.0.1 in $hba"
    printf '# added by twokey .ci/replica.sh: streaming replicas for the replica tests\nhost replication all 127.0.0.1/32 trust\n' >>"$hba"
    psql -X -q -At -p "$primary_port" -d postgres -c 'SELECT pg_reload_conf()' >/dev/null
  fi
  mkdir -p "$dir"
  chmod 700 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  # -R writes primary_conninfo and standby.signal; -X stream keeps the WAL written meanwhile
  as_owner "$bin/pg_basebackup" -h "$PGHOST" -p "$primary_port" -U "$PGUSER" -D "$dir" -R -X stream -c fast \
    -d "application_name=twokey_ci_replica"
  # Debian keeps postgresql.conf and pg_hba.conf outside the data directory: the replica gets its own
  as_owner sh -c "cat >'$dir/postgresql.conf'" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
hot_standby = on
hot_standby_feedback = on
max_connections = 100
shared_buffers = $shared_buffers
logging_collector = off
EOF
  as_owner sh -c "cat >'$dir/pg_hba.conf'" <<EOF
local all all trust
host all all 127.0.0.1/32 trust
EOF
  # the primary's ALTER SYSTEM settings came with the backup (postgresql.auto.conf): the command
  # line wins over them, so the replica keeps to a small memory footprint
  as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/replica.log" -w -t 60 \
    -o "-c shared_buffers=$shared_buffers -c port=$port -c cluster_name=twokey_ci_replica" start >/dev/null
  for _ in $(seq 1 60); do
    if [ "$(replica_sql "SELECT coalesce((SELECT status FROM pg_stat_wal_receiver), '')" 2>/dev/null)" = "streaming" ]; then
      echo "postgres://${PGUSER}@${PGHOST}:${port}/postgres"
      return 0
    fi
    sleep 1
  done
  echo "replica: not streaming after 60 s" >&2
  tail -n 20 "$dir/replica.log" >&2 || true
  return 1
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
