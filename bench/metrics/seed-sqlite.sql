-- 1,000,000 inbound emails of the team named Bench over the last 365 days (none today), their analyses
-- (98 %: one email in 100 failed, one parked), people for the 1,000 busiest senders, and the daily
-- counters as the ingestion and pipeline hooks would have added them, all set-based.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
PRAGMA temp_store = MEMORY;
CREATE TEMP TABLE p AS SELECT (SELECT id FROM teams WHERE name = 'Bench') AS team, CAST(strftime('%s', 'now') AS INTEGER) * 1000 AS now;
CREATE TEMP TABLE seed AS
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999),
r AS (SELECT i, ((i * 2654435761) % 1000003) / 1000003.0 AS u FROM n)
SELECT i,
  p.team AS team,
  p.now - (1 + i % 365) * 86400000 + ((i * 7919) % 80000) * 1000 AS recv,
  CAST(5000 * u * u * u AS INTEGER) AS s,
  CASE WHEN i % 100 = 1 THEN 'failed' WHEN i % 100 = 51 THEN 'parked' ELSE 'done' END AS state,
  i % 10 = 0 AS automated,
  CASE WHEN i % 10 = 0 THEN NULL ELSE CASE (i / 10) % 10 WHEN 0 THEN 'meeting_request' WHEN 1 THEN 'info_request' WHEN 2 THEN 'follow_up'
    WHEN 3 THEN 'introduction' WHEN 4 THEN 'quotation_request' WHEN 5 THEN 'closing' WHEN 6 THEN 'complaint' WHEN 7 THEN 'thank_you'
    WHEN 8 THEN 'unsubscribe' ELSE 'other' END END AS intent,
  i % 3 <> 0 AND i % 10 <> 0 AS sig,
  i % 3 <> 0 AND i % 7 <> 0 AND i % 10 <> 0 AS parsed,
  i % 4 = 0 AND i % 3 <> 0 AND i % 10 <> 0 AS sig_cached,
  i % 5 = 0 AND i % 10 <> 0 AS intent_cached,
  CASE WHEN i % 1000 = 7 THEN 250.0 ELSE 0.2 + ((i * 37) % 1000) / 100.0 END AS ms,
  i % 500 = 3 AS failed
FROM r, p;

INSERT INTO email_messages (id, analysis_state, attempts, cc, content_hash, created_at, direction, from_email, from_name, received_at, subject, team_id, "to")
SELECT printf('00000000-0000-7000-8000-%012X', i), state, 1, '[]', printf('%064X', i), recv, 'inbound',
  'sender' || s || '@corp' || (s % 200) || '.test', 'Sender ' || s, recv, 'Objet ' || i, team, '[]'
FROM seed;

INSERT INTO email_analyses (id, team_id, email_message_id, engine_version, automated, intent, intent_confidence, needs_reply, needs_reply_confidence,
  signature_found, signature_parsed, fields, signature_cached, intent_cached, elapsed_ms, error, analyzed_at)
SELECT printf('00000001-0000-7000-8000-%012X', i), team, printf('00000000-0000-7000-8000-%012X', i), '0.1.0',
  CASE WHEN automated THEN 'bulk' END, CASE WHEN failed AND NOT automated THEN 'other' ELSE intent END,
  CASE WHEN automated THEN 0 ELSE 0.5 + (i % 50) / 100.0 END, 0, 0.5, sig, parsed, '{}', sig_cached, intent_cached, ms,
  CASE WHEN failed THEN 'analysis failed: Bench' END, recv + 60000
FROM seed WHERE state = 'done';

INSERT INTO organisations (id, team_id, name, normalized_name, domain, created_at, updated_at)
SELECT printf('00000002-0000-7000-8000-%012X', k), (SELECT team FROM p), 'Corp ' || k, 'corp ' || k, 'corp' || k || '.test', (SELECT now FROM p), (SELECT now FROM p)
FROM (WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < 199) SELECT k FROM n);
INSERT INTO people (id, team_id, first_name, last_name, email, consent_email, consent_ai, unsubscribed, created_at, updated_at)
SELECT printf('00000003-0000-7000-8000-%012X', k), (SELECT team FROM p), 'Prénom' || k, 'Nom' || k, 'sender' || k || '@corp' || (k % 200) || '.test', 0, 0, 0, (SELECT now FROM p), (SELECT now FROM p)
FROM (WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < 999) SELECT k FROM n);
INSERT INTO person_organisation_links (id, team_id, person_id, organisation_id, is_primary)
SELECT printf('00000004-0000-7000-8000-%012X', k), (SELECT team FROM p), printf('00000003-0000-7000-8000-%012X', k), printf('00000002-0000-7000-8000-%012X', k % 200), 1
FROM (WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < 999) SELECT k FROM n);

-- The counters: received by received day; analyses by analysis day, intent and model (see MetricsCounters).
INSERT INTO email_metrics_daily (team_id, day, intent, provider, model, received, analysed, human, signatures_found, signatures_parsed, intents_detected,
  intent_confidence_sum, cache_lookups, cache_hits, elapsed_ms_sum, errors, suggestions_created, auto_applied, approved, corrected, rejected, tokens, cost)
SELECT team, date(recv / 1000, 'unixepoch'), '', '', '', COUNT(*), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM seed GROUP BY team, date(recv / 1000, 'unixepoch');
INSERT INTO email_metrics_daily (team_id, day, intent, provider, model, received, analysed, human, signatures_found, signatures_parsed, intents_detected,
  intent_confidence_sum, cache_lookups, cache_hits, elapsed_ms_sum, errors, suggestions_created, auto_applied, approved, corrected, rejected, tokens, cost)
SELECT a.team_id, date(a.analyzed_at / 1000, 'unixepoch'), COALESCE(a.intent, ''), 'engine', 'relais-engine/' || a.engine_version, 0, COUNT(*),
  SUM(a.automated IS NULL), SUM(a.automated IS NULL AND a.signature_found), SUM(a.signature_found AND a.signature_parsed),
  SUM(a.automated IS NULL AND a.intent IS NOT NULL AND a.intent <> 'other'), SUM(CASE WHEN a.automated IS NULL THEN a.intent_confidence ELSE 0 END),
  SUM((a.intent_cached OR (a.automated IS NULL AND a.error IS NULL)) + (a.signature_cached OR a.signature_found)), SUM(a.signature_cached + a.intent_cached),
  SUM(a.elapsed_ms), SUM(a.error IS NOT NULL), SUM(2 * a.signature_found), SUM(a.signature_found), 0, 0, 0, 0, 0
FROM email_analyses a GROUP BY a.team_id, date(a.analyzed_at / 1000, 'unixepoch'), COALESCE(a.intent, ''), a.engine_version;
UPDATE email_metrics_daily SET approved = 40, corrected = 10, rejected = 5 WHERE intent = '' AND provider = '';
INSERT INTO email_latency_daily (team_id, day, provider, model, bucket, count)
SELECT team_id, date(analyzed_at / 1000, 'unixepoch'), 'engine', 'relais-engine/' || engine_version,
  CASE WHEN elapsed_ms < 0.01 THEN 0 ELSE 1 + CAST(floor(log2(elapsed_ms / 0.01) * 8) AS INTEGER) END AS b, COUNT(*)
FROM email_analyses GROUP BY team_id, date(analyzed_at / 1000, 'unixepoch'), engine_version, b;

-- Senders: totals, and running totals per day they wrote, with the intents of their human analysed mail.
CREATE TEMP TABLE sent AS
SELECT s.team, 'sender' || s.s || '@corp' || (s.s % 200) || '.test' AS sender, 'Sender ' || s.s AS name, s.recv,
  date(s.recv / 1000, 'unixepoch') AS day,
  COALESCE(CASE WHEN s.state = 'done' AND NOT s.automated THEN CASE WHEN s.failed THEN 'other' ELSE s.intent END END, '') AS intent
FROM seed s;
CREATE TEMP TABLE sent_days AS
SELECT team, sender, day, MAX(name) AS name, MAX(recv) AS last, COUNT(*) AS emails, SUM(intent = 'meeting_request') AS mr, SUM(intent = 'info_request') AS ir,
  SUM(intent = 'follow_up') AS fu, SUM(intent = 'introduction') AS intro, SUM(intent = 'quotation_request') AS qr, SUM(intent = 'closing') AS cl,
  SUM(intent = 'complaint') AS co, SUM(intent = 'thank_you') AS ty, SUM(intent = 'unsubscribe') AS un, SUM(intent = 'other') AS ot
FROM sent GROUP BY team, sender, day;
INSERT INTO email_senders (team_id, sender, sender_name, last_received_at, emails, meeting_request, info_request, follow_up, introduction,
  quotation_request, closing, complaint, thank_you, unsubscribe, other)
SELECT team, sender, MAX(name), MAX(last), SUM(emails), SUM(mr), SUM(ir), SUM(fu), SUM(intro), SUM(qr), SUM(cl), SUM(co), SUM(ty), SUM(un), SUM(ot)
FROM sent_days GROUP BY team, sender;
INSERT INTO email_sender_days (team_id, sender, day, emails, meeting_request, info_request, follow_up, introduction, quotation_request, closing,
  complaint, thank_you, unsubscribe, other)
SELECT team, sender, day,
  SUM(emails) OVER w, SUM(mr) OVER w, SUM(ir) OVER w, SUM(fu) OVER w, SUM(intro) OVER w, SUM(qr) OVER w, SUM(cl) OVER w, SUM(co) OVER w,
  SUM(ty) OVER w, SUM(un) OVER w, SUM(ot) OVER w
FROM sent_days
WINDOW w AS (PARTITION BY team, sender ORDER BY day ROWS UNBOUNDED PRECEDING);
ANALYZE;
