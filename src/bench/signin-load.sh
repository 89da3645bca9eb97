#!/bin/sh
# Issue 15's brake on strangers, measured: `parley serve` on a fresh home with one analyst; a
# signed-in analyst (HTTP Basic with the right password, verified once) asks GET /api/executions
# once a second, first alone, then while CLIENTS strangers (default 16) send wrong passwords as
# fast as they can for SECONDS (default 20). Prints the analyst's latencies (median and worst) in
# both phases, and how the strangers were answered (401 checked, 429 braked).
#
#   src/bench/signin-load.sh            CLIENTS=32 SECONDS=30 src/bench/signin-load.sh
#
# Needs curl and python3. Builds target/parley.jar first if it is missing or older than the sources.
set -eu
cd "$(dirname "$0")/../.."
clients="${CLIENTS:-16}"
seconds="${SECONDS:-20}"
jar=target/parley.jar
if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -type f | head -1)" ]; then
    mvn -B -q package -DskipTests
fi
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
hash=$(printf 'right-password\n' | java -jar "$jar" passwd 2>/dev/null | tail -1)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$work/serve.yaml" <<YAML
host: 127.0.0.1
port: $port
users:
  - name: ana
    role: analyst
    password: "$hash"
schedule:
  cron: "off"
YAML
java -jar "$jar" serve --home "$work/home" --config "$work/serve.yaml" > "$work/serve.log" 2>&1 &
server=$!
for i in $(seq 1 60); do
    curl -s -o /dev/null "http://127.0.0.1:$port/health/ready" && break
    sleep 1
done
url="http://127.0.0.1:$port/api/executions"
curl -s -o /dev/null -u ana:right-password "$url"   # verified once, as a signed-in client is
probe() {   # $1 samples, one a second; prints each latency in seconds
    for i in $(seq 1 "$1"); do
        curl -s -o /dev/null -w '%{time_total}\n' -u ana:right-password "$url"
        sleep 1
    done
}
stats() {
    sort -n | awk '{a[NR]=$1} END {printf "median %.3f s, worst %.3f s (%d requests)\n", a[int((NR+1)/2)], a[NR], NR}'
}
echo "alone:                 $(probe 5 | stats)"
# the strangers: one thread each, one kept-alive connection each, as fast as the server answers
python3 - "$port" "$clients" "$seconds" > "$work/strangers.txt" <<'PY' &
import base64, collections, http.client, sys, threading, time
port, clients, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
end = time.time() + seconds
codes = collections.Counter()
lock = threading.Lock()
def guess(n):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    auth = "Basic " + base64.b64encode(f"stranger{n}:wrong-{n}".encode()).decode()
    while time.time() < end:
        try:
            conn.request("GET", "/api/executions", headers={"Authorization": auth})
            r = conn.getresponse(); r.read()
            code = r.status
        except Exception:
            conn.close(); conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30); code = "error"
        with lock:
            codes[code] += 1
threads = [threading.Thread(target=guess, args=(n,)) for n in range(clients)]
[t.start() for t in threads]; [t.join() for t in threads]
for code, n in sorted(codes.items(), key=str):
    print(f"strangers answered {code}: {n}")
PY
strangers=$!
sleep 1
echo "with $clients strangers:     $(probe $(( seconds - 3 )) | stats)"
wait "$strangers"
cat "$work/strangers.txt"
