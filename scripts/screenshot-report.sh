#!/usr/bin/env bash
# Screenshots of the sample suite's reports in headless Chromium, to check they render (issue 6, "Done when").
#
#   mvn -B -Pmigration,report clean verify      # generates the reports
#   scripts/screenshot-report.sh [report-dir] [out-dir]
#
# report-dir defaults to sample-suite/target/allure-report, out-dir to sample-suite/target/screenshots (never commit
# the PNGs). The full report fetches its data, so it is served over http on 127.0.0.1 only; the single-file report
# and parity-summary.html are opened from file://. Nothing here needs the internet.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
report="$(cd "${1:-$root/sample-suite/target/allure-report}" && pwd)"
out="${2:-$root/sample-suite/target/screenshots}"
single_file="$report/../allure-report-single-file/index.html"
summary="$report/../parity/parity-summary.html"

chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$chromium_bin" ]]; then
  echo "chromium is not installed. On Debian/Ubuntu: apt-get install -y chromium" >&2
  exit 2
fi
if [[ ! -f "$report/index.html" ]]; then
  echo "no report at $report; generate it with: mvn -B -Pmigration,report clean verify" >&2
  exit 2
fi
mkdir -p "$out"

profile="$(mktemp -d)"
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$profile"
}
trap cleanup EXIT

# A free port from the kernel, so parallel runs do not collide.
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$report" >/dev/null 2>&1 &
server_pid=$!
for _ in $(seq 1 50); do
  if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null; then break; fi
  sleep 0.1
done

shot() { # name url
  "$chromium_bin" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --disable-default-apps --disable-extensions \
    --user-data-dir="$profile" --virtual-time-budget=8000 --window-size=1400,900 \
    --screenshot="$out/$1.png" "$2" >/dev/null 2>&1
  echo "$out/$1.png  <- $2"
}

base="http://127.0.0.1:$port"
shot 01-overview "$base/index.html"
shot 02-suites "$base/index.html#suites"
shot 03-behaviors "$base/index.html#behaviors"
shot 04-categories "$base/index.html#categories"
shot 05-graphs "$base/index.html#graph"

# A check with an HTML attachment (the mismatch table if any check has mismatches, else a schema diff), opened in
# the suites tree and on its own page, and the attachment itself (the report shows it in an iframe).
read -r parent_uid test_uid attachment < <(python3 - "$report" <<'PY'
import json, pathlib, sys
data = pathlib.Path(sys.argv[1], "data")
preference = ["Top mismatches by delta (table)", "Schema diff"]
best = None
for case in sorted(data.glob("test-cases/*.json")):
    result = json.loads(case.read_text())
    for attachment in result.get("testStage", {}).get("attachments", []):
        if attachment.get("type") != "text/html":
            continue
        rank = preference.index(attachment["name"]) if attachment["name"] in preference else len(preference)
        if best is None or rank < best[0]:
            best = (rank, result["uid"], attachment["source"])
def parent_of(node, uid):
    for child in node.get("children", []):
        if child.get("uid") == uid and "children" not in child:
            return node.get("uid")
        found = parent_of(child, uid)
        if found:
            return found
    return None
if best:
    suites = json.loads((data / "suites.json").read_text())
    print(parent_of(suites, best[1]) or "-", best[1], best[2])
else:
    print("- - -")
PY
)
if [[ "${test_uid:--}" != "-" ]]; then
  [[ "$parent_uid" != "-" ]] && shot 06-suites-check "$base/index.html#suites/$parent_uid/$test_uid/"
  shot 07-check "$base/index.html#testresult/$test_uid"
  shot 08-attachment "$base/data/attachments/$attachment"
fi

[[ -f "$single_file" ]] && shot 09-single-file "file://$(cd "$(dirname "$single_file")" && pwd)/index.html"
[[ -f "$summary" ]] && shot 10-parity-summary "file://$(cd "$(dirname "$summary")" && pwd)/parity-summary.html"
echo "screenshots in $out"
