#!/usr/bin/env bash
# POST /autofill-jobs/run-now on 50 new emails against a running server (the seed guide's "Batch 50
# emails: ~10-15 min"): a warm-up run, then RUNS timed runs, each on 50 freshly uploaded emails.
#   bench/autofill/run-now.sh [RUNS] [sqlite|postgres]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
runs=${1:-5}
provider=${2:-sqlite}
work=$(mktemp -d /tmp/relais-runnow.XXXXXX)
if [ "$provider" = postgres ]; then source "$here/postgres.sh"; fi
source "$here/server.sh"
cleanup() { stop_server; [ "$provider" = postgres ] && stop_postgres; rm -rf "$work"; }
trap cleanup EXIT

dotnet build "$repo/bench/Relais.MailGenerator" -c Release --nologo -v q >/dev/null
dotnet "$repo/bench/Relais.MailGenerator/bin/Release/net10.0/Relais.MailGenerator.dll" $(( (runs + 1) * 50 )) "$work/mail.mbox" 2>/dev/null

python3 - "$work/mail.mbox" "$runs" <<'PY'
import json, os, statistics, sys, time, urllib.request
url, token = os.environ['RELAIS_URL'], os.environ['TOKEN']
def call(method, path, body=None, raw=None, kind='application/json'):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(url + path, data=data, method=method, headers={'Authorization': 'Bearer ' + token, 'Content-Type': kind})
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read())
messages, current = [], []
for line in open(sys.argv[1], 'rb'):
    if line.startswith(b'From ') and current:
        messages.append(b''.join(current)); current = []
    elif not line.startswith(b'From '):
        current.append(line[1:] if line.startswith(b'>From ') else line)
messages.append(b''.join(current))
runs = int(sys.argv[2])
walls, inside = [], []
for run in range(runs + 1):
    for raw in messages[run * 50:(run + 1) * 50]:
        call('POST', '/api/v1/emails', raw=raw, kind='message/rfc822')
    start = time.perf_counter()
    answer = call('POST', '/api/v1/autofill-jobs/run-now', {'days_back': 7, 'max_emails': 50, 'auto_apply_threshold': 0.92})
    wall = time.perf_counter() - start
    assert answer['success'] and answer['metrics']['emails_processed'] == 50, answer
    if run > 0:  # the first run warms the server up
        walls.append(wall); inside.append(answer['metrics']['processing_time_ms'])
print(f'run-now, 50 emails, {runs} runs after a warm-up: request {statistics.median(walls) * 1000:.0f} ms median '
      f'(min {min(walls) * 1000:.0f}, max {max(walls) * 1000:.0f}); processing_time_ms median {statistics.median(inside):.0f}')
PY
