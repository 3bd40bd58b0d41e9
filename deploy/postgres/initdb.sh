#!/usr/bin/env bash
# The DBA's one-time step (README: Database roles and the audit log), for the compose file's
# PostgreSQL: the official image runs this once, as its superuser, when the data volume is new.
# TWOKEY_OWNER_PASSWORD and TWOKEY_SERVICE_PASSWORD come from compose.yaml.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$TWOKEY_OWNER_PASSWORD" -v service_password="$TWOKEY_SERVICE_PASSWORD" <<'SQL'
CREATE ROLE twokey_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE twokey_app NOLOGIN;
CREATE ROLE twokey_service LOGIN PASSWORD :'service_password' IN ROLE twokey_app;
CREATE DATABASE twokey OWNER twokey_owner;
\c twokey
CREATE EXTENSION vector;
ALTER SCHEMA public OWNER TO twokey_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
