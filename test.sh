#!/usr/bin/env bash
# The one command that runs every test: installs the machine prerequisites when run as root, then runs all test projects and
# ends with a plain "N passed, N failed, N skipped" line for CI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
started=$SECONDS

missing=()
command -v pdfsig >/dev/null || missing+=(poppler-utils)
command -v qpdf >/dev/null || missing+=(qpdf)
# The loopback timestamp authority (openssl ts -reply) and the CMS checks (openssl cms -print) of signed documents.
command -v openssl >/dev/null || missing+=(openssl)
command -v chromium >/dev/null || missing+=(chromium)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
command -v curl >/dev/null || missing+=(curl)
[[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || missing+=(fonts-dejavu-core)

# Debian's postgresql package keeps initdb/pg_ctl/postgres off PATH, under /usr/lib/postgresql/<major>/bin.
find_postgres_bin() {
  local initdb
  initdb=$(command -v initdb || ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  [[ -n $initdb && -x $(dirname "$initdb")/pg_ctl && -x $(dirname "$initdb")/postgres ]] && dirname "$initdb"
}
postgres_bin=$(find_postgres_bin || true)
[[ -n $postgres_bin ]] || missing+=(postgresql)

if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $EUID -ne 0 ]]; then
    echo "Missing test prerequisites: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    echo "(or run ./test.sh as root, which installs them)" >&2
    exit 1
  fi
  echo "Installing ${missing[*]} (apt-get output is shown only on failure)"
  apt_log=$(mktemp)
  if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"; } >"$apt_log" 2>&1; then
    cat "$apt_log" >&2
    exit 1
  fi
  rm -f "$apt_log"
  postgres_bin=$(find_postgres_bin) || { echo "initdb/pg_ctl/postgres still not found after installing postgresql" >&2; exit 1; }
fi
export PATH="$postgres_bin:$PATH"

# PostgreSQL refuses to run as root; the tests start their throwaway cluster as this user.
if [[ $EUID -eq 0 ]] && ! id -u postgres >/dev/null 2>&1; then
  useradd --system --user-group --no-create-home --shell /usr/sbin/nologin postgres
fi

echo "Prerequisites present; PostgreSQL server binaries in $postgres_bin"

results=TestResults/latest
rm -rf "$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
status=0
dotnet test Mpp.Workflows.sln -c Release --logger "console;verbosity=normal" --logger trx --results-directory "$results" || status=$?

# Each test project writes one TRX file; sum its <Counters> (a skipped test counts as notExecuted).
count() {
  local total=0 n
  for n in $(cat "$results"/*.trx 2>/dev/null | grep -o "<Counters [^>]*" | grep -o " $1=\"[0-9]*\"" | tr -dc '0-9\n'); do
    total=$((total + n))
  done
  echo "$total"
}
trx_files=$(find "$results" -name '*.trx' 2>/dev/null | wc -l)

# Benchmarks are not tests and their figures are not checked here, but each must still run from a clean clone: a short
# run of each catches one that broke silently. A bench that fails fails the run. dotnet test builds only the test
# projects and what they reference, so the bench is built here.
bench_failed=()
echo "Building the benchmarks"
dotnet build bench/Mpp.Workflows.Bench -c Release >"$results/bench-build.log" 2>&1 || { bench_failed+=(build); tail -n 40 "$results/bench-build.log"; }
bench_smoke() {
  local log="$results/bench-$1.log"
  echo "Benchmark smoke run: $*"
  local code=0
  timeout 900 dotnet run -c Release --no-build --project bench/Mpp.Workflows.Bench -- "$@" >"$log" 2>&1 || code=$?
  # 3: history ran every read but some p99 was above its target: figures on a shared CI machine are not the measure.
  if [[ $code -ne 0 && ! ( $1 == history && $code -eq 3 ) ]]; then
    bench_failed+=("$1")
    echo "bench $1 failed; the end of its output ($log):"
    tail -n 40 "$log"
  fi
}
bench_smoke transitions --store postgres --concurrency 2 --seconds 2
bench_smoke history --store postgres --applications 20000
bench_smoke http --users 10 --seconds 5 --circuits 2
test_status=$status
[[ ${#bench_failed[@]} -eq 0 ]] || { echo "Benchmarks that failed: ${bench_failed[*]}"; [[ $status -ne 0 ]] || status=1; }
# CI shows only the end of the output, so repeat every failure here: the test's name and the first lines of its message.
failures() {
  awk '
    /<UnitTestResult / && /outcome="Failed"/ { match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11); failed = 1; inmsg = 0; shown = 0; print "FAILED " name }
    failed && /<Message>/ { inmsg = 1; sub(/.*<Message>/, "") }
    failed && inmsg { done = sub(/<\/Message>.*/, ""); if (shown++ < 12) print "    " $0; if (done) { inmsg = 0; failed = 0 } }
  ' "$results"/*.trx 2>/dev/null | sed -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&amp;/\&/g'
}
if [[ $(count failed) -gt 0 ]]; then
  echo
  echo "Failed tests:"
  failures
fi
echo
echo "Test results: $trx_files TRX file(s) in $results; dotnet test exit code $test_status; benchmarks failed: ${#bench_failed[@]}; $((SECONDS - started)) s"
echo "$(count passed) passed, $(count failed) failed, $(count notExecuted) skipped"
exit "$status"
