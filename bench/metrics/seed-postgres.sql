-- The PostgreSQL twin of seed-sqlite.sql: the same 1,000,000 emails, analyses, people and counters.
SET synchronous_commit = off;
CREATE TEMP TABLE p AS SELECT (SELECT id FROM teams WHERE name = 'Bench') AS team, (extract(epoch FROM now()) * 1000)::bigint AS now;
CREATE TEMP TABLE seed AS
SELECT i, p.team,
  p.now - (1 + i % 365) * 86400000 + ((i * 7919) % 80000) * 1000 AS recv,
  floor(5000 * power(((i * 2654435761) % 1000003) / 1000003.0, 3))::int AS s,
  CASE WHEN i % 100 = 1 THEN 'failed' WHEN i % 100 = 51 THEN 'parked' ELSE 'done' END AS state,
  i % 10 = 0 AS automated,
  CASE WHEN i % 10 = 0 THEN NULL ELSE (ARRAY['meeting_request', 'info_request', 'follow_up', 'introduction', 'quotation_request', 'closing',
    'complaint', 'thank_you', 'unsubscribe', 'other'])[((i / 10) % 10 + 1)::int] END AS intent,
  i % 3 <> 0 AND i % 10 <> 0 AS sig,
  i % 3 <> 0 AND i % 7 <> 0 AND i % 10 <> 0 AS parsed,
  i % 4 = 0 AND i % 3 <> 0 AND i % 10 <> 0 AS sig_cached,
  i % 5 = 0 AND i % 10 <> 0 AS intent_cached,
  CASE WHEN i % 1000 = 7 THEN 250.0 ELSE 0.2 + ((i * 37) % 1000) / 100.0 END AS ms,
  i % 500 = 3 AS failed
FROM generate_series(0::bigint, 999999) AS i, p;

INSERT INTO email_messages (id, analysis_state, attempts, cc, content_hash, created_at, direction, from_email, from_name, received_at, subject, team_id, "to")
SELECT ('00000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, state, 1, '{}', lpad(to_hex(i), 64, '0'), to_timestamp(recv / 1000.0), 'inbound',
  'sender' || s || '@corp' || (s % 200) || '.test', 'Sender ' || s, to_timestamp(recv / 1000.0), 'Objet ' || i, team, '{}'
FROM seed;

INSERT INTO email_analyses (id, team_id, email_message_id, engine_version, automated, intent, intent_confidence, needs_reply, needs_reply_confidence,
  signature_found, signature_parsed, fields, signature_cached, intent_cached, elapsed_ms, error, analyzed_at)
SELECT ('00000001-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, team, ('00000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, '0.1.0',
  CASE WHEN automated THEN 'bulk' END, CASE WHEN failed AND NOT automated THEN 'other' ELSE intent END,
  CASE WHEN automated THEN 0 ELSE 0.5 + (i % 50) / 100.0 END, false, 0.5, sig, parsed, '{}', sig_cached, intent_cached, ms,
  CASE WHEN failed THEN 'analysis failed: Bench' END, to_timestamp((recv + 60000) / 1000.0)
FROM seed WHERE state = 'done';

INSERT INTO organisations (id, team_id, name, normalized_name, domain, created_at, updated_at)
SELECT ('00000002-0000-7000-8000-' || lpad(to_hex(k), 12, '0'))::uuid, (SELECT team FROM p), 'Corp ' || k, 'corp ' || k, 'corp' || k || '.test', now(), now()
FROM generate_series(0, 199) AS k;
INSERT INTO people (id, team_id, first_name, last_name, email, consent_email, consent_ai, unsubscribed, created_at, updated_at)
SELECT ('00000003-0000-7000-8000-' || lpad(to_hex(k), 12, '0'))::uuid, (SELECT team FROM p), 'Prénom' || k, 'Nom' || k, 'sender' || k || '@corp' || (k % 200) || '.test',
  false, false, false, now(), now()
FROM generate_series(0, 999) AS k;
INSERT INTO person_organisation_links (id, team_id, person_id, organisation_id, is_primary)
SELECT ('00000004-0000-7000-8000-' || lpad(to_hex(k), 12, '0'))::uuid, (SELECT team FROM p), ('00000003-0000-7000-8000-' || lpad(to_hex(k), 12, '0'))::uuid,
  ('00000002-0000-7000-8000-' || lpad(to_hex(k % 200), 12, '0'))::uuid, true
FROM generate_series(0, 999) AS k;

INSERT INTO email_metrics_daily (team_id, day, intent, provider, model, received, analysed, human, signatures_found, signatures_parsed, intents_detected,
  intent_confidence_sum, cache_lookups, cache_hits, elapsed_ms_sum, errors, suggestions_created, auto_applied, approved, corrected, rejected, tokens, cost)
SELECT team, (to_timestamp(recv / 1000.0) AT TIME ZONE 'UTC')::date, '', '', '', count(*), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
FROM seed GROUP BY 1, 2;
INSERT INTO email_metrics_daily (team_id, day, intent, provider, model, received, analysed, human, signatures_found, signatures_parsed, intents_detected,
  intent_confidence_sum, cache_lookups, cache_hits, elapsed_ms_sum, errors, suggestions_created, auto_applied, approved, corrected, rejected, tokens, cost)
SELECT a.team_id, (a.analyzed_at AT TIME ZONE 'UTC')::date, COALESCE(a.intent, ''), 'engine', 'relais-engine/' || a.engine_version, 0, count(*),
  count(*) FILTER (WHERE a.automated IS NULL), count(*) FILTER (WHERE a.automated IS NULL AND a.signature_found),
  count(*) FILTER (WHERE a.signature_found AND a.signature_parsed),
  count(*) FILTER (WHERE a.automated IS NULL AND a.intent IS NOT NULL AND a.intent <> 'other'),
  COALESCE(sum(a.intent_confidence) FILTER (WHERE a.automated IS NULL), 0),
  sum((a.intent_cached OR (a.automated IS NULL AND a.error IS NULL))::int + (a.signature_cached OR a.signature_found)::int),
  sum(a.signature_cached::int + a.intent_cached::int), sum(a.elapsed_ms), count(*) FILTER (WHERE a.error IS NOT NULL),
  2 * count(*) FILTER (WHERE a.signature_found), count(*) FILTER (WHERE a.signature_found), 0, 0, 0, 0, 0
FROM email_analyses a GROUP BY 1, 2, 3, 5;
UPDATE email_metrics_daily SET approved = 40, corrected = 10, rejected = 5 WHERE intent = '' AND provider = '';
INSERT INTO email_latency_daily (team_id, day, provider, model, bucket, count)
SELECT team_id, (analyzed_at AT TIME ZONE 'UTC')::date, 'engine', 'relais-engine/' || engine_version,
  CASE WHEN elapsed_ms < 0.01 THEN 0 ELSE 1 + floor(ln(elapsed_ms / 0.01) / ln(2) * 8)::int END, count(*)
FROM email_analyses GROUP BY 1, 2, 3, 4, 5;

CREATE TEMP TABLE sent AS
SELECT s.team, 'sender' || s.s || '@corp' || (s.s % 200) || '.test' AS sender, 'Sender ' || s.s AS name, s.recv,
  (to_timestamp(s.recv / 1000.0) AT TIME ZONE 'UTC')::date AS day,
  COALESCE(CASE WHEN s.state = 'done' AND NOT s.automated THEN CASE WHEN s.failed THEN 'other' ELSE s.intent END END, '') AS intent
FROM seed s;
CREATE TEMP TABLE sent_days AS
SELECT team, sender, day, max(name) AS name, max(recv) AS last, count(*) AS emails,
  count(*) FILTER (WHERE intent = 'meeting_request') AS mr, count(*) FILTER (WHERE intent = 'info_request') AS ir,
  count(*) FILTER (WHERE intent = 'follow_up') AS fu, count(*) FILTER (WHERE intent = 'introduction') AS intro,
  count(*) FILTER (WHERE intent = 'quotation_request') AS qr, count(*) FILTER (WHERE intent = 'closing') AS cl,
  count(*) FILTER (WHERE intent = 'complaint') AS co, count(*) FILTER (WHERE intent = 'thank_you') AS ty,
  count(*) FILTER (WHERE intent = 'unsubscribe') AS un, count(*) FILTER (WHERE intent = 'other') AS ot
FROM sent GROUP BY team, sender, day;
INSERT INTO email_senders (team_id, sender, sender_name, last_received_at, emails, meeting_request, info_request, follow_up, introduction,
  quotation_request, closing, complaint, thank_you, unsubscribe, other)
SELECT team, sender, max(name), to_timestamp(max(last) / 1000.0), sum(emails), sum(mr), sum(ir), sum(fu), sum(intro), sum(qr), sum(cl), sum(co), sum(ty), sum(un), sum(ot)
FROM sent_days GROUP BY team, sender;
INSERT INTO email_sender_days (team_id, sender, day, emails, meeting_request, info_request, follow_up, introduction, quotation_request, closing,
  complaint, thank_you, unsubscribe, other)
SELECT team, sender, day,
  sum(emails) OVER w, sum(mr) OVER w, sum(ir) OVER w, sum(fu) OVER w, sum(intro) OVER w, sum(qr) OVER w, sum(cl) OVER w, sum(co) OVER w,
  sum(ty) OVER w, sum(un) OVER w, sum(ot) OVER w
FROM sent_days
WINDOW w AS (PARTITION BY team, sender ORDER BY day ROWS UNBOUNDED PRECEDING);
VACUUM ANALYZE;
