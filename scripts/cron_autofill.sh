#!/usr/bin/env bash
# Runs one autofill job through the API, for hosts that schedule with system cron rather than the
# built-in schedule:   cron_autofill.sh [days_back] [max_emails] [threshold]
#   RELAIS_API_TOKEN  an API token (relais token create --team T --name cron --role manager), required
#   RELAIS_URL        the server (default http://localhost:5080)
# Example crontab line (every hour, the last day, at most 50 emails):
#   0 * * * * RELAIS_API_TOKEN=rls_… /opt/relais/scripts/cron_autofill.sh 1 50 >> /var/log/relais_autofill.log 2>&1
# Prints the summary block and exits non-zero when the job does not succeed.
set -euo pipefail

days_back=${1:-1}
max_emails=${2:-50}
threshold=${3:-0.92}
url=${RELAIS_URL:-http://localhost:5080}

fail() { echo "❌ $*" >&2; exit 1; }
[ -n "${RELAIS_API_TOKEN:-}" ] || fail "RELAIS_API_TOKEN is not set: create one with relais token create --team TEAM --name cron --role manager"
[[ "$days_back" =~ ^[0-9]+$ ]] && [ "$days_back" -ge 1 ] && [ "$days_back" -le 365 ] || fail "days_back must be 1 to 365 (got '$days_back')"
[[ "$max_emails" =~ ^[0-9]+$ ]] && [ "$max_emails" -ge 1 ] && [ "$max_emails" -le 1000 ] || fail "max_emails must be 1 to 1000 (got '$max_emails')"
[[ "$threshold" =~ ^(0\.[5-9][0-9]*|1(\.0+)?)$ ]] || fail "threshold must be 0.5 to 1.0 (got '$threshold')"
command -v curl >/dev/null || fail "curl is required"
command -v python3 >/dev/null || fail "python3 is required"

echo "========================================"
echo "🔄 Starting Autofill Cron Job"
echo "========================================"
echo "📅 $(date '+%Y-%m-%d %H:%M:%S')"
echo "⚙️  Config: days_back=$days_back, max_emails=$max_emails, threshold=$threshold"
echo

body=$(mktemp)
trap 'rm -f "$body"' EXIT
status=$(curl -sS -o "$body" -w '%{http_code}' --max-time 900 -X POST "$url/api/v1/autofill-jobs/run-now" \
  -H "Authorization: Bearer $RELAIS_API_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"days_back\": $days_back, \"max_emails\": $max_emails, \"auto_apply_threshold\": $threshold}") \
  || fail "cannot reach $url"

python3 - "$status" "$body" <<'PY'
import json, sys
status, path = int(sys.argv[1]), sys.argv[2]
try:
    answer = json.load(open(path, encoding='utf-8'))
except ValueError:
    answer = {}
if status != 200:
    detail = answer.get('detail') or answer.get('title') or 'HTTP %d' % status
    print('❌ Job not run: %s (HTTP %d)' % (detail, status), file=sys.stderr)
    sys.exit(1)
if answer.get('success'):
    print('✅ Job completed successfully!\n')
else:
    print('❌ Job %s: %s\n' % (answer.get('status'), answer.get('error') or 'see the server log'))
print('📊 Batch Autofill Pipeline - Summary')
print(answer.get('summary', ''))
sys.exit(0 if answer.get('success') else 1)
PY
