# Shared by the benchmark commands: tools, a free machine, the dev stack in a scratch folder, tokens.
# Source it after setting ROOT; call start_stack <work dir> and it is stopped when the script exits.

ensure_wrk() {
  if ! command -v wrk >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
    else
      echo "benchmark: wrk is required (apt-get install wrk)" >&2; exit 1
    fi
  fi
}

require_free_ports() {
  for port in 8080 8081 8082 8083 8084 8180 9092 27017; do
    if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
      echo "benchmark: port $port is in use (is bin/run-dev running?); stop it first" >&2; exit 1
    fi
  done
}

# start_stack <work dir>: a fresh dev stack with demo data, data under <work dir>/data, output in dev-stack.out
start_stack() {
  local work="$1"
  rm -rf "$work"; mkdir -p "$work"
  export ONDEROP_DATA_DIR="$work/data"
  # Full JIT as in production (the dev stack's default trades peak speed for start-up time).
  export ONDEROP_SERVICE_JVM_OPTS="${ONDEROP_SERVICE_JVM_OPTS:--Xmx512m}"
  java -jar "$ROOT/dev-stack/target/dev-stack.jar" --repo-root="$ROOT" >"$work/dev-stack.out" 2>&1 &
  STACK=$!
  trap 'kill -TERM "$STACK" 2>/dev/null || true; wait "$STACK" 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do
    grep -q "Stop with Ctrl-C" "$work/dev-stack.out" && return 0
    kill -0 "$STACK" 2>/dev/null || { echo "benchmark: the dev stack did not start:"; tail -30 "$work/dev-stack.out"; exit 1; }
    sleep 1
  done
  echo "benchmark: dev stack not ready after 300 s"; exit 1
}

# token <user>: an access token for a demo account (password grant of the dev-only CLI client)
token() {
  curl -sf -d grant_type=password -d client_id=onderop-cli -d username="$1" -d password=demo \
    http://localhost:8180/realms/onderop/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
