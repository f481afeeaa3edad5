#!/usr/bin/env bash
# Start-up benchmark: time from launch to a visible main window, for the built studio and for a bare
# platform application made from the same build (the studio's own cluster removed), each with a
# fresh and with a warm user directory. Prints the medians and the studio/bare ratios.
set -euo pipefail
APP=$1
RUNS=${STARTUP_RUNS:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The bare application: same launcher and platform cluster, without the studio's modules and branding.
BARE="$WORK/bare"
cp -r "$APP" "$BARE"
rm -rf "$BARE/sorastudio"
grep -v '^sorastudio$' "$APP/etc/sorastudio.clusters" > "$BARE/etc/sorastudio.clusters"
sed -i 's/--branding sorastudio //' "$BARE/etc/sorastudio.conf"

# Waits until no studio runs on this user directory any more: the launcher's Java outlives the script
# for a while after a TERM, and a second launch on a directory still in use hands its arguments to the
# running one and exits at once.
await_userdir_free() {
  local userdir=$1
  for _ in $(seq 1 300); do
    pgrep -f -- "--userdir $userdir( |$)" >/dev/null 2>&1 || { rm -f "$userdir/lock"; return 0; }
    sleep 0.1
  done
  pkill -KILL -f -- "--userdir $userdir( |$)" 2>/dev/null || true
  rm -f "$userdir/lock"
}

# Milliseconds from launch until a window of at least 400x300 is mapped (the splash is off), or a
# line on stderr saying why not.
launch_once() {
  local launcher=$1 userdir=$2
  local start end pid
  start=$(date +%s%N)
  "$launcher" --nosplash --userdir "$userdir" --cachedir "$userdir/cache" >"$WORK/launch.log" 2>&1 &
  pid=$!
  while :; do
    if xdotool search --onlyvisible --name '.' 2>/dev/null | while read -r w; do
         eval "$(xdotool getwindowgeometry --shell "$w")"; [ "$WIDTH" -ge 400 ] && [ "$HEIGHT" -ge 300 ] && echo yes && break
       done | grep -q yes; then
      break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "the launcher exited before a window showed" >&2; return 1; fi
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 180000 ]; then
      echo "no window after 180 s" >&2; pkill -KILL -P "$pid" 2>/dev/null || true; kill -KILL "$pid" 2>/dev/null || true; return 1
    fi
    sleep 0.02
  done
  end=$(date +%s%N)
  pkill -TERM -P "$pid" 2>/dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  while xdotool search --onlyvisible --name '.' >/dev/null 2>&1; do sleep 0.1; done
  await_userdir_free "$userdir"
  echo $(( (end - start) / 1000000 ))
}

# One measurement; a failed launch (a slow machine, a directory still in use) is tried once more,
# and a second failure stops the benchmark with the launcher's output and its log.
time_to_window() {
  local launcher=$1 userdir=$2 ms
  await_userdir_free "$userdir"
  if ms=$(launch_once "$launcher" "$userdir"); then echo "$ms"; return 0; fi
  echo "retrying once after the launch failed" >&2
  await_userdir_free "$userdir"
  if ms=$(launch_once "$launcher" "$userdir"); then echo "$ms"; return 0; fi
  echo "startup benchmark stopped: $launcher did not show its window twice in a row. Its output:" >&2
  cat "$WORK/launch.log" >&2
  [ -f "$userdir/var/log/messages.log" ] && { echo "--- $userdir/var/log/messages.log (end)" >&2; tail -n 40 "$userdir/var/log/messages.log" >&2; }
  exit 1
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

measure() {
  local label=$1 launcher=$2 mode=$3 times=()
  local warm="$WORK/$label-warm"
  [ "$mode" = warm ] && time_to_window "$launcher" "$warm" >/dev/null
  for i in $(seq 1 "$RUNS"); do
    local dir="$warm"
    [ "$mode" = fresh ] && dir="$WORK/$label-fresh-$i"
    times+=("$(time_to_window "$launcher" "$dir")")
  done
  printf '%s\n' "${times[@]}" | median
}

studio_fresh=$(measure studio "$APP/bin/sorastudio" fresh)
bare_fresh=$(measure bare "$BARE/bin/sorastudio" fresh)
studio_warm=$(measure studio "$APP/bin/sorastudio" warm)
bare_warm=$(measure bare "$BARE/bin/sorastudio" warm)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "Median time to main window over $RUNS runs (ms):"
echo "  studio, fresh user directory: $studio_fresh"
echo "  bare platform, fresh user directory: $bare_fresh"
echo "  studio, warm user directory: $studio_warm"
echo "  bare platform, warm user directory: $bare_warm"
echo "  ratio studio/bare: fresh $(ratio "$studio_fresh" "$bare_fresh"), warm $(ratio "$studio_warm" "$bare_warm") (target <= 1.30)"
echo "RESULT studio_fresh_ms=$studio_fresh bare_fresh_ms=$bare_fresh studio_warm_ms=$studio_warm bare_warm_ms=$bare_warm ratio_fresh=$(ratio "$studio_fresh" "$bare_fresh") ratio_warm=$(ratio "$studio_warm" "$bare_warm")"
