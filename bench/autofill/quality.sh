#!/usr/bin/env bash
# The share of values autofill writes without review that are right, on a labelled set the team
# has never seen: bench/autofill/quality.sh [DATASET_DIR] [--threshold X] [--errors]
# (default ../shared/datasets/quagga-enron; Enron mail is US, so the team's phone region is US).
here=$(cd "$(dirname "$0")" && pwd)
dataset=${1:-$here/../../../shared/datasets/quagga-enron}
shift || true
BENCH_TEAM="Quality" source "$here/server.sh"
trap stop_server EXIT
# No team-settings endpoint yet: the region is set in the embedded database directly.
python3 - "$DATA/relais.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.execute("update teams set default_phone_region='US'"); c.commit()
PY
python3 "$here/quality.py" "$dataset" "$@"
