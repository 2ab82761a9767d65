#!/usr/bin/env bash
# Measures Partnerflow's start-up the way docs/performance.md (Start-up) reports it: the packaged jar, extracted,
# one training start that records a class data archive (Java 17 and later) or an ahead-of-time cache (Java 25 and
# later) exactly as the Dockerfile does, then restarts on an H2 file database whose schema is already in place.
# Each start is stopped as soon as Spring Boot logs "Started PartnerflowApplication in"; that figure is printed.
#
#   ./mvnw -B package -DskipTests
#   scripts/startup.sh [-j JAVA_HOME] [-m aot|cds|none] [-n RESTARTS]
#
# Defaults: the java on the PATH, aot when that java is 25 or later (cds before), 5 restarts. Run it on an idle
# machine: any other CPU work on the same cores shows up in every figure.
set -euo pipefail
cd "$(dirname "$0")/.."

java_home="" mode="" restarts=5
while getopts "j:m:n:" opt; do
  case $opt in
    j) java_home=$OPTARG ;;
    m) mode=$OPTARG ;;
    n) restarts=$OPTARG ;;
    *) sed -n '2,11p' "$0"; exit 2 ;;
  esac
done
java=${java_home:+$java_home/bin/}java
feature=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ -z "$mode" ]; then
  if [ "$feature" -ge 25 ]; then mode=aot; else mode=cds; fi
fi
jar=$(ls target/partnerflow-*.jar 2>/dev/null | grep -v plain | head -1 || true)
[ -n "$jar" ] || { echo "no target/partnerflow-*.jar: run ./mvnw -B package -DskipTests first" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$java" -Djarmode=tools -jar "$jar" extract --destination "$work/run" > /dev/null
app="$work/run/$(basename "$jar")"

case $mode in
  aot) train=(-XX:AOTCacheOutput="$work/run/partnerflow.aot"); use=(-XX:AOTCache="$work/run/partnerflow.aot") ;;
  cds) train=(-XX:ArchiveClassesAtExit="$work/run/partnerflow.jsa"); use=(-XX:SharedArchiveFile="$work/run/partnerflow.jsa") ;;
  none) train=(); use=() ;;
  *) echo "mode must be aot, cds or none" >&2; exit 2 ;;
esac
if [ "$mode" != none ]; then
  "$java" "${train[@]}" -Dspring.context.exit=onRefresh -jar "$app" --server.port=0 \
    --spring.datasource.url=jdbc:h2:mem:training --partnerflow.initial-admin.password=build-time-training-only \
    > "$work/train.log" 2>&1 || { tail -20 "$work/train.log" >&2; exit 1; }
fi

start() {
  "$java" -Xmx512m "${use[@]}" -jar "$app" --server.port=0 --spring.datasource.url="jdbc:h2:file:$work/db/pf" \
    --partnerflow.initial-admin.password=a-long-admin-password > "$work/start.log" 2>&1 &
  local pid=$! seconds=""
  for _ in $(seq 240); do
    sleep 0.25
    seconds=$(grep -o "Started PartnerflowApplication in [0-9.]*" "$work/start.log" | awk '{print $4}' || true)
    [ -n "$seconds" ] && break
    kill -0 $pid 2>/dev/null || break
  done
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  [ -n "$seconds" ] || { tail -20 "$work/start.log" >&2; exit 1; }
  echo "$seconds"
}

echo "java $feature, mode $mode"
echo "first start (empty database): $(start)"
figures=()
for _ in $(seq "$restarts"); do figures+=("$(start)"); done
echo "restarts: ${figures[*]}"
printf '%s\n' "${figures[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
