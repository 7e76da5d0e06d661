#!/usr/bin/env bash
# Restores a backup made by tools/backup.sh into a STOPPED installation:
#   1. the media directory (files nothing references yet are harmless),
#   2. the database (into an empty database: restore never merges),
#   3. the search index is removed, and rebuilt from the database when the app starts.
#   tools/restore.sh <backup-dir>
# Reads DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD, MEDIA_DIR and INDEX_DIR as backup.sh does.
set -euo pipefail

dir=${1:?usage: tools/restore.sh <backup-dir>}
: "${MEDIA_DIR:?set MEDIA_DIR to the media directory of the installation}"
DB_HOST=${DB_HOST:-localhost} DB_PORT=${DB_PORT:-3306} DB_NAME=${DB_NAME:-thresho} DB_USER=${DB_USER:-thresho}
client=$(command -v mariadb || command -v mysql) || { echo "the mariadb client is not installed" >&2; exit 1; }
(cd "$dir" && sha256sum --check --quiet SHA256SUMS)

run_sql() {
    MYSQL_PWD=${DB_PASSWORD:-} "$client" --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" --protocol=TCP "$@"
}
tables=$(run_sql -N -e "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$DB_NAME'")
if [ "$tables" != "0" ]; then
    echo "Database $DB_NAME is not empty ($tables tables). Drop and create it empty first, e.g.:" >&2
    echo "  DROP DATABASE $DB_NAME; CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;" >&2
    exit 1
fi

echo "1/3 media into $MEDIA_DIR"
mkdir -p "$MEDIA_DIR"
tar -C "$MEDIA_DIR" -xzf "$dir/media.tar.gz"
echo "2/3 database $DB_NAME at $DB_HOST:$DB_PORT"
gunzip -c "$dir/database.sql.gz" | run_sql "$DB_NAME"
if [ -n "${INDEX_DIR:-}" ] && [ -d "$INDEX_DIR" ]; then
    echo "3/3 removing the search index in $INDEX_DIR (rebuilt at the next start)"
    rm -rf "${INDEX_DIR:?}"/*
else
    echo "3/3 no INDEX_DIR given: the index is rebuilt at start-up when it is stale"
fi
echo "Restored from $dir; start the application now."
