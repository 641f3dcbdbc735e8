#!/bin/sh
# Run once by the postgres image, when it creates its cluster: the role and database of docs/operations.md,
# "External PostgreSQL". The role can log in and owns its database, nothing more; its password comes from
# VERME_DB_PASSWORD (compose.yaml).
set -eu
psql --no-psqlrc --set=ON_ERROR_STOP=1 --username="$POSTGRES_USER" --dbname=postgres \
    --set=password="$VERME_DB_PASSWORD" <<'SQL'
CREATE ROLE verme LOGIN PASSWORD :'password';
CREATE DATABASE verme OWNER verme ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE verme FROM PUBLIC;
SQL
