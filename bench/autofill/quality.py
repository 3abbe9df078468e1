#!/usr/bin/env python3
"""Uploads every message of a labelled dataset through POST /api/v1/emails, runs autofill through
POST /autofill-jobs/run-now until nothing is left, then scores every value autofill wrote without
review (status auto_applied) against the dataset's gold fields, with the matching rules of
../shared/eval/score.py. Prints, per field, how many were written, how many could be checked
against the gold, and the share of those that match.

usage: quality.py DATASET_DIR [--threshold 0.92]     (RELAIS_URL and TOKEN in the environment)

A value is checked when the gold has that field for the message: first_name and last_name
against full_name (each must be one of its words), phone and mobile against phone (last nine
digits), job_title, company, email and address directly. An email taken from the From header is
right by construction (it is the sender's address) and is counted so. Values the gold cannot
confirm or refute (no such field labelled in the message) are reported apart, never counted right.
"""
import json, os, sys, urllib.request
from collections import Counter, defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared', 'eval'))
from score import same, tokens  # noqa: E402

URL, TOKEN = os.environ['RELAIS_URL'], os.environ['TOKEN']


def call(method, path, body=None, raw=None, content_type='application/json'):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(URL + path, data=data, method=method,
                                 headers={'Authorization': 'Bearer ' + TOKEN, 'Content-Type': content_type})
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read() or b'null')


def main():
    dataset = sys.argv[1]
    threshold = float(sys.argv[sys.argv.index('--threshold') + 1]) if '--threshold' in sys.argv else 0.92
    gold = {}
    for line in open(os.path.join(dataset, 'gold.jsonl'), encoding='utf-8'):
        g = json.loads(line)
        gold[g['source']] = g
    source_of = {}
    for name in sorted(gold):
        with open(os.path.join(dataset, name), 'rb') as f:
            answer = call('POST', '/api/v1/emails', raw=f.read(), content_type='message/rfc822')
        source_of[answer['id']] = name
    while True:
        run = call('POST', '/api/v1/autofill-jobs/run-now', {'days_back': 1, 'max_emails': 1000, 'auto_apply_threshold': threshold})
        if run['metrics']['emails_processed'] == 0:
            break

    applied, page = [], 1
    while True:
        got = call('GET', f'/api/v1/autofill/suggestions?status=auto_applied&page_size=200&page={page}')
        applied += got['items']
        if page * 200 >= got['total']:
            break
        page += 1

    written, checked, right = Counter(), Counter(), Counter()
    wrong = defaultdict(list)
    for s in applied:
        field, value = s['field'], s['applied_value']
        fields = gold[source_of[s['email_id']]].get('fields', {})
        written[field] += 1
        if field == 'email' and s['value_source'] == 'header':
            checked[field] += 1; right[field] += 1
            continue
        key = {'first_name': 'full_name', 'last_name': 'full_name', 'mobile': 'phone'}.get(field, field)
        golds = fields.get(key) or []
        if not golds:
            continue
        checked[field] += 1
        if field in ('first_name', 'last_name'):
            ok = any(tokens(value) and tokens(value) <= tokens(g) for g in golds)
        else:
            ok = any(same(key, value, g) for g in golds)
        if ok:
            right[field] += 1
        else:
            wrong[field].append((value, golds[0], source_of[s['email_id']]))

    print(f'{"field":<12}{"written":>9}{"checked":>9}{"right":>7}{"share":>8}')
    for field in sorted(written):
        share = right[field] / checked[field] if checked[field] else float('nan')
        print(f'{field:<12}{written[field]:>9}{checked[field]:>9}{right[field]:>7}{share:>8.3f}')
    total_checked, total_right = sum(checked.values()), sum(right.values())
    print(f'{"overall":<12}{sum(written.values()):>9}{total_checked:>9}{total_right:>7}{total_right / max(1, total_checked):>8.3f}')
    header = sum(1 for s in applied if s['field'] == 'email' and s['value_source'] == 'header')
    print(f'{"overall, header emails aside":<30}{total_checked - header:>6}{total_right - header:>7}{(total_right - header) / max(1, total_checked - header):>8.3f}')
    if '--errors' in sys.argv:
        for field, items in sorted(wrong.items()):
            for value, expected, source in items:
                print(f'WRONG {field}: {value!r} (gold {expected!r}) in {source}')


if __name__ == '__main__':
    main()
