#!/usr/bin/env bash
# Issue 15's brake on strangers, measured: `parley serve` on a fresh temporary home with one
# analyst, who is signed in twice before anything else, with HTTP Basic (the password verified
# once, as a client that keeps its credentials is) and through the sign-in form (a session cookie).
# Each way asks GET /api/executions SAMPLES times (default 100), a request every PAUSE seconds
# (default 0.1), first alone, then while CLIENTS strangers (default 20; half with Basic, half
# through the sign-in form, a new user name on every attempt) send wrong passwords as fast as the
# server answers. Prints the analyst's latency (median, p95, max) for each way in each phase, and
# how the strangers were answered: 401 (a password hash derived) or 429 (refused without one:
# the address locked, or another check deriving at that moment).
# All clients are on 127.0.0.1, so the strangers lock the address after 20 failures in a minute.
#
#   src/bench/signin-load.sh            CLIENTS=40 SAMPLES=200 src/bench/signin-load.sh
#
# Needs java, curl and python3. Builds target/parley.jar first if it is missing or older than the
# sources (MAVEN_ARGS=-o for an offline build).
set -euo pipefail
cd "$(dirname "$0")/../.."
clients="${CLIENTS:-20}"
samples="${SAMPLES:-100}"
pause="${PAUSE:-0.1}"
jar="$(pwd)/target/parley.jar"
if [ ! -f "$jar" ] || [ -n "$(find src/main templates pom.xml -newer "$jar" -type f | head -1)" ]; then
    mvn -B -q package -DskipTests
fi
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

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
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
    curl -s -o /dev/null "$base/health/ready" && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
    sleep 0.5
done

# signed in, both ways, before the strangers come
curl -sf -o /dev/null -u ana:right-password "$base/api/executions"
curl -s -c "$work/cookies" -o "$work/login.html" "$base/login"
csrf=$(sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$work/login.html" | head -1)
curl -s -b "$work/cookies" -c "$work/cookies" -o /dev/null \
    --data-urlencode "csrf=$csrf" --data-urlencode user=ana --data-urlencode password=right-password "$base/login"
session=$(awk '$6 == "parley_session" {print $7}' "$work/cookies")
[ -n "$session" ] || { echo "signing in through the form failed" >&2; exit 1; }

probe() {   # $1: the phase's name; SAMPLES requests each way, one every PAUSE seconds
    for _ in $(seq 1 "$samples"); do
        curl -s -o /dev/null -w "basic %{http_code} %{time_total}\n" -u ana:right-password "$base/api/executions"
        curl -s -o /dev/null -w "session %{http_code} %{time_total}\n" -b "parley_session=$session" "$base/api/executions"
        sleep "$pause"
    done > "$work/$1.txt"
}
stats() {   # $1: the phase's name, $2: the way (basic, session)
    awk -v way="$2" '$1 == way { print $3 } $1 == way && $2 != 200 { bad++ } END { if (bad) print "not 200: " bad > "/dev/stderr" }' \
        "$work/$1.txt" | sort -n | awk '{ a[NR] = $1 * 1000 }
        END { p = int(NR * 0.95); if (p < NR * 0.95) p++;
              printf "median %7.1f ms, p95 %7.1f ms, max %7.1f ms (%d requests)", a[int((NR + 1) / 2)], a[p], a[NR], NR }'
}

for _ in $(seq 1 20); do   # warm up the server's code paths before measuring
    curl -s -o /dev/null -u ana:right-password "$base/api/executions"
    curl -s -o /dev/null -b "parley_session=$session" "$base/api/executions"
done
probe alone

# the strangers: one thread and one kept-alive connection each, until told to stop
python3 - "$port" "$clients" "$work/stop" > "$work/strangers.txt" <<'PY' &
import base64, collections, http.client, os, re, sys, threading, time, urllib.parse
port, clients, stop = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
codes, lock, began, last401 = collections.Counter(), threading.Lock(), time.time(), [None]
def connect():
    return http.client.HTTPConnection("127.0.0.1", port, timeout=60)
def ask(conn, method, path, body=None, headers=None):
    conn.request(method, path, body=body, headers=headers or {})
    r = conn.getresponse()
    r.text = r.read().decode("utf-8", "replace")
    return r
def guess(n):
    conn, attempt = connect(), 0
    token = None
    if n % 2:   # the sign-in form: its token and cookie, once
        r = ask(conn, "GET", "/login")
        token = re.search(r"parley_login=([^;]+)", r.getheader("Set-Cookie")).group(1)
    while not os.path.exists(stop):
        attempt += 1
        name = f"stranger{n}-{attempt}"
        try:
            if token is None:
                auth = base64.b64encode(f"{name}:wrong".encode()).decode()
                r = ask(conn, "GET", "/api/executions", headers={"Authorization": "Basic " + auth})
            else:
                body = urllib.parse.urlencode({"csrf": token, "user": name, "password": "wrong"})
                r = ask(conn, "POST", "/login", body, {"Cookie": "parley_login=" + token,
                                                        "Content-Type": "application/x-www-form-urlencoded"})
            code = str(r.status)
            if r.status == 429:
                code += (" (address locked)" if "for this address" in r.text
                         else " (another check was deriving)" if "at once" in r.text else " (other)")
        except Exception as e:
            conn.close(); conn = connect(); code = type(e).__name__
        with lock:
            codes[code] += 1
            if code == "401":
                last401[0] = time.time()
threads = [threading.Thread(target=guess, args=(n,)) for n in range(clients)]
[t.start() for t in threads]; [t.join() for t in threads]
for code, n in sorted(codes.items(), key=str):
    print(f"  answered {code}: {n}")
if last401[0]:
    print(f"  the last 401 came {last401[0] - began:.1f} s after they began")
PY
strangers=$!
probe loaded
touch "$work/stop"
wait "$strangers"

echo "load average when the strangers stopped (other work on the machine counts): $(cut -d' ' -f1-3 /proc/loadavg)"
echo "signed-in analyst, alone:"
echo "  Basic    $(stats alone basic)"
echo "  session  $(stats alone session)"
echo "signed-in analyst, while $clients strangers send wrong passwords:"
echo "  Basic    $(stats loaded basic)"
echo "  session  $(stats loaded session)"
echo "the strangers ($((clients - clients / 2)) Basic, $((clients / 2)) form):"
cat "$work/strangers.txt"
