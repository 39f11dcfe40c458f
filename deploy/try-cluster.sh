#!/usr/bin/env bash
# Several hosts on one machine, as a newcomer's try-out: a throwaway PostgreSQL, two Mpp.Workflows hosts on two loopback
# ports sharing it, and nginx on loopback in front of them with the production site's snippets (deploy/nginx/snippets:
# sticky sessions, forwarded headers, WebSockets). It then checks, through nginx, that the site answers, that a token one
# host issued works on the other, and that the WebSocket upgrade to /_blazor that Blazor pages need gets through.
#
#   deploy/try-cluster.sh          run the checks, then stop everything and remove the files
#   deploy/try-cluster.sh --keep   run the checks and leave it all running until Ctrl-C (open the printed address)
#
# Needs: dotnet (builds the host when src/Designer/bin/Release is empty), PostgreSQL server binaries (Debian: postgresql),
# nginx and curl. Runs as a normal user; as root, PostgreSQL runs as the OS user postgres. MPP_DESIGNER_DLL names another
# build of the host.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
keep=false
[[ ${1:-} == --keep ]] && keep=true

fail() {
  echo "FAILED: $*" >&2
  for log in "${work:-/nonexistent}"/host-*.log "${work:-/nonexistent}"/nginx/error.log; do
    [[ -f $log ]] && { echo "--- last lines of $log" >&2; tail -n 30 "$log" >&2; }
  done
  exit 1
}
ok() { echo "ok: $*"; }

# --- tools ---------------------------------------------------------------------------------------------------------
command -v dotnet >/dev/null || fail "dotnet is not installed (https://dot.net)"
command -v curl >/dev/null || fail "curl is not installed (apt-get install curl)"
nginx_bin=$(command -v nginx || { [[ -x /usr/sbin/nginx ]] && echo /usr/sbin/nginx; } || true)
[[ -n $nginx_bin ]] || fail "nginx is not installed (apt-get install nginx)"
pg_initdb=$(command -v initdb || ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
[[ -n $pg_initdb ]] || fail "PostgreSQL server binaries are not installed (apt-get install postgresql)"
pg_bin=$(dirname "$(readlink -f "$pg_initdb")")

dll=${MPP_DESIGNER_DLL:-$repo/src/Designer/bin/Release/net10.0/Mpp.Workflows.Designer.dll}
if [[ ! -f $dll ]]; then
  echo "Building the host: dotnet build src/Designer -c Release"
  dotnet build "$repo/src/Designer" -c Release -v quiet -nologo >/dev/null || fail "the host did not build"
fi

# --- scratch space and cleanup -------------------------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/mpp-try-cluster.XXXXXX")
chmod 755 "$work"
pids=()
as_postgres=()
if [[ $EUID -eq 0 ]]; then
  id -u postgres >/dev/null 2>&1 || fail "running as root needs the OS user postgres (useradd --system --user-group postgres)"
  as_postgres=(runuser -u postgres --)
fi

cleanup() {
  set +e
  [[ -f $work/nginx/nginx.pid ]] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
  [[ -f $work/pg/data/postmaster.pid ]] && "${as_postgres[@]}" "$pg_bin/pg_ctl" stop -w -m fast -D "$work/pg/data" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A loopback port nothing listens on (bash's /dev/tcp connect fails).
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

# --- PostgreSQL ----------------------------------------------------------------------------------------------------
pg_port=$(free_port)
mkdir -p "$work/pg"
[[ $EUID -eq 0 ]] && chown postgres: "$work/pg"
"${as_postgres[@]}" "$pg_bin/initdb" -D "$work/pg/data" -A trust -U postgres -E UTF8 --locale=C --no-sync >/dev/null \
  || fail "initdb failed"
"${as_postgres[@]}" "$pg_bin/pg_ctl" start -w -D "$work/pg/data" -l "$work/pg/server.log" \
  -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" >/dev/null || fail "PostgreSQL did not start: $(cat "$work/pg/server.log")"
"$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres mpp || fail "createdb failed"
ok "PostgreSQL on 127.0.0.1:$pg_port (database mpp)"

# --- two hosts -----------------------------------------------------------------------------------------------------
secret=$(head -c 32 /dev/urandom | base64)
host_ports=("$(free_port)" "$(free_port)")
nginx_port=$(free_port)
for i in 0 1; do
  name=$([[ $i -eq 0 ]] && echo a || echo b)
  mkdir -p "$work/host-$name"
  (
    cd "$(dirname "$dll")"
    export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:${host_ports[$i]}" \
      DataDirectory="$work/host-$name" Workflows__Directory="$repo/workflows" \
      Storage__Provider=Postgres ConnectionStrings__Postgres="Host=127.0.0.1;Port=$pg_port;Database=mpp;Username=postgres" \
      Engine__TrackingTokenSecret="$secret" PublicBaseUrl="http://127.0.0.1:$nginx_port" \
      Logging__LogLevel__Default=Warning
    exec dotnet "$dll"
  ) >"$work/host-$name.log" 2>&1 &
  pids+=($!)
done

for i in 0 1; do
  for _ in $(seq 1 240); do
    kill -0 "${pids[$i]}" 2>/dev/null || fail "host $i exited while starting"
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${host_ports[$i]}/health") == 200 ]] && break
    sleep 0.5
  done
  [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${host_ports[$i]}/health") == 200 ]] \
    || fail "host on port ${host_ports[$i]} not healthy after 120 s"
done
ok "hosts A on 127.0.0.1:${host_ports[0]} and B on 127.0.0.1:${host_ports[1]} share the database"

# --- nginx ---------------------------------------------------------------------------------------------------------
mkdir -p "$work/nginx/tmp"
{
  [[ $EUID -eq 0 ]] && echo "user root;"
  cat <<EOF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 256; }
http {
    log_format upstream '\$request_method \$uri \$status \$upstream_addr';
    access_log $work/nginx/access.log upstream;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;

    include $repo/deploy/nginx/snippets/mpp-workflows-maps.conf;

    upstream mpp_workflows {
        hash \$mpp_affinity consistent;
        server 127.0.0.1:${host_ports[0]} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:${host_ports[1]} max_fails=1 fail_timeout=10s;
        keepalive 8;
    }

    server {
        listen 127.0.0.1:$nginx_port;
        include $repo/deploy/nginx/snippets/mpp-workflows-proxy.conf;
    }
}
EOF
} >"$work/nginx/nginx.conf"
"$nginx_bin" -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf" 2>"$work/nginx/test.log" || fail "nginx -t: $(cat "$work/nginx/test.log")"
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" || fail "nginx did not start"
site="http://127.0.0.1:$nginx_port"
ok "nginx on $site"

# --- checks through nginx ------------------------------------------------------------------------------------------
status=$(curl -s -o "$work/home.html" -w '%{http_code}' "$site/")
[[ $status == 200 ]] || fail "GET $site/ answered $status"
status=$(curl -s -o /dev/null -w '%{http_code}' "$site/health")
[[ $status == 200 ]] || fail "GET $site/health answered $status"
ok "the site answers through nginx (GET / and /health: 200)"

token_json=$(curl -s -H 'Content-Type: application/json' -d '{"username":"admin","password":"demo12345"}' "$site/api/auth/token")
token=$(sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p' <<<"$token_json")
[[ -n $token ]] || fail "no token from $site/api/auth/token: $token_json"
for i in 0 1; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:${host_ports[$i]}/api/tasks")
  [[ $status == 200 ]] || fail "the token issued through nginx was refused by host $i (port ${host_ports[$i]}): $status"
done
ok "a token issued through nginx works on host A and on host B"

# Blazor pages: negotiate, then upgrade the connection to a WebSocket, in one browser session (its affinity cookie), as
# the page's script does. New sessions until both hosts have served one; without sticky sessions the upgrade would often
# reach the host that does not know the connection id (404).
declare -A served=()
sessions=0
while [[ ${#served[@]} -lt 2 ]]; do
  sessions=$((sessions + 1))
  [[ $sessions -le 30 ]] || fail "30 browser sessions all went to one host (${!served[*]}): nginx does not spread them"
  jar="$work/cookies-$sessions"
  negotiate=$(curl -s -c "$jar" -b "$jar" -X POST -H 'Content-Length: 0' "$site/_blazor/negotiate?negotiateVersion=1")
  id=$(sed -n 's/.*"connectionToken":"\([^"]*\)".*/\1/p' <<<"$negotiate")
  [[ -n $id ]] || fail "POST /_blazor/negotiate answered: $negotiate"
  head=$(curl -s -i -N --http1.1 -m 1 -b "$jar" \
    -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' -H "Sec-WebSocket-Key: $(head -c 16 /dev/urandom | base64)" \
    "$site/_blazor?id=$id" 2>/dev/null | head -n 1 | tr -d '\r' || true)
  [[ $head == 'HTTP/1.1 101'* ]] || fail "WebSocket upgrade to /_blazor (session $sessions) answered: ${head:-nothing}"
  upstream=$(grep '^POST /_blazor/negotiate 200 ' "$work/nginx/access.log" | tail -n 1 | awk '{print $4}')
  [[ -n $upstream ]] && served[$upstream]=1
done
ok "WebSocket upgrades to /_blazor pass nginx (101 Switching Protocols), each to the host that negotiated it; $sessions sessions met both hosts (${!served[*]})"

echo "try-cluster: all checks passed"
if $keep; then
  echo
  echo "Open $site (demo accounts: README, password demo12345). Hosts: http://127.0.0.1:${host_ports[0]} and http://127.0.0.1:${host_ports[1]}."
  echo "Files and logs in $work. Ctrl-C stops everything."
  wait "${pids[0]}"
fi
