#!/bin/sh
# Starts the application in the image: with the bean definitions the production build generated
# (spring.aot.enabled; the profile is fixed at build time: default) and a JDK AOT cache of the classes
# the application loads and links while it starts (JDK 25, JEP 483/514). The first start of an image
# records the cache, which the JVM writes while that start stops; every later start maps it. A cache
# belongs to one image (its name carries the jar's checksum): a new image records its own.
set -u
app="${APP_DIR:-/app}/app.jar"
data="${DATA_DIR:-/data}"
cache="$data/thresho-$(cat "${APP_DIR:-/app}/build-id").aot"
if [ -s "$cache" ]; then
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  exec java -XX:AOTCache="$cache" -Dspring.aot.enabled=true ${JAVA_OPTS:-} -jar "$app" "$@"
fi
rm -f "$data"/thresho-*.aot "$data"/thresho-*.aot.tmp
# shellcheck disable=SC2086
java -XX:AOTCacheOutput="$cache.tmp" -Dspring.aot.enabled=true ${JAVA_OPTS:-} -jar "$app" "$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null' TERM INT
# a trapped signal interrupts wait: wait again until the JVM has written the cache and exited
wait "$child"
status=$?
while kill -0 "$child" 2>/dev/null; do
  wait "$child"
  status=$?
done
# only a cache the JVM finished writing gets the name later starts look for
if [ -s "$cache.tmp" ]; then
  mv "$cache.tmp" "$cache"
fi
exit "$status"
