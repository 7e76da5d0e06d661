#!/usr/bin/env bash
# Backs up Thresho Studio: the database (a consistent dump) first, then the media directory.
#   tools/backup.sh <backup-root>        -> <backup-root>/thresho-<UTC time>/{database.sql.gz,media.tar.gz,SHA256SUMS}
# Reads DB_HOST (localhost), DB_PORT (3306), DB_NAME (thresho), DB_USER (thresho), DB_PASSWORD and
# MEDIA_DIR (the app's media directory). The app may keep running: the dump is one InnoDB
# transaction, and media files are content-addressed and never change once written, so taking them
# after the dump includes every file the dump references.
set -euo pipefail

root=${1:?usage: tools/backup.sh <backup-root>}
: "${MEDIA_DIR:?set MEDIA_DIR to the media directory of the installation}"
DB_HOST=${DB_HOST:-localhost} DB_PORT=${DB_PORT:-3306} DB_NAME=${DB_NAME:-thresho} DB_USER=${DB_USER:-thresho}
dump=$(command -v mariadb-dump || command -v mysqldump) || { echo "mariadb-dump is not installed" >&2; exit 1; }

dir="$root/thresho-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$dir"
echo "1/2 database $DB_NAME at $DB_HOST:$DB_PORT"
MYSQL_PWD=${DB_PASSWORD:-} "$dump" --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" --protocol=TCP \
    --single-transaction --quick --routines --triggers --hex-blob --default-character-set=utf8mb4 "$DB_NAME" \
    | gzip > "$dir/database.sql.gz.part"
mv "$dir/database.sql.gz.part" "$dir/database.sql.gz"
echo "2/2 media from $MEDIA_DIR"
tar -C "$MEDIA_DIR" -czf "$dir/media.tar.gz.part" .
mv "$dir/media.tar.gz.part" "$dir/media.tar.gz"
(cd "$dir" && sha256sum database.sql.gz media.tar.gz > SHA256SUMS)
echo "Backup written to $dir"
