#!/usr/bin/env bash
# Peak memory of `relais import` on a large mbox (default 100,000 generated messages), streamed
# into a fresh embedded database: bench/autofill/mbox-memory.sh [COUNT]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
count=${1:-100000}
work=$(mktemp -d /tmp/relais-mbox.XXXXXX)
trap 'rm -rf "$work"' EXIT
dotnet build "$repo/src/Relais.Cli" -c Release --nologo -v q >/dev/null
dotnet build "$repo/bench/Relais.MailGenerator" -c Release --nologo -v q >/dev/null
dotnet "$repo/bench/Relais.MailGenerator/bin/Release/net10.0/Relais.MailGenerator.dll" "$count" "$work/mail.mbox" 2>/dev/null
relais=(dotnet "$repo/src/Relais.Cli/bin/Release/net10.0/relais.dll" --data-dir "$work/data")
"${relais[@]}" user create --team Bench --email admin@bench.test --password bench-password-1 --role admin >/dev/null
/usr/bin/time -f '%e %M' -o "$work/time" "${relais[@]}" import "$work/mail.mbox" >"$work/out" 2>/dev/null
read -r wall rss < "$work/time"
echo "mbox of $count messages ($(du -m "$work/mail.mbox" | cut -f1) MB): import ${wall} s, peak resident memory $((rss / 1024)) MB"
cat "$work/out"
