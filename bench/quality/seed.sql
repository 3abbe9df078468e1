-- 100,000 people and 3,000 organisations for one team, set-based. Placeholders (filled by team.sh
-- per provider): @TEAM@ the team id, @PID(x)@ / @OID(x)@ / @LID(x)@ an id built from the integer x,
-- @TRUE@, @NOW@. The same mix on both providers:
--   people: 90 % with an email (1 % on a misspelt domain, 2 % sharing another person's address),
--   60 % a phone (French national or +33 form, 1 % sharing another person's number, 1 % invalid),
--   30 % a mobile, 70 % a job title, 20 % a LinkedIn link, 50 % a country, 80 % linked to an
--   organisation (0.5 % with the same name and organisation as the person before them);
--   organisations: 1 % named like another, 70 % a domain, 50 % a website, 40 % a phone.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
INSERT INTO organisations (id, team_id, name, normalized_name, domain, website, phone, address, city, postcode, country, type, pipeline_stage, created_at, updated_at)
SELECT @OID(i)@, @TEAM@,
       'Société ' || k, 'societe ' || k,
       CASE WHEN i % 10 < 7 THEN 'societe-' || i || '.fr' END,
       CASE WHEN i % 2 = 0 THEN 'https://www.societe-' || i || '.fr' END,
       CASE WHEN i % 5 < 2 THEN '01 ' || substr(CAST(30000000 + i AS TEXT), 1, 2) || ' ' || substr(CAST(30000000 + i AS TEXT), 3, 2) || ' '
                              || substr(CAST(30000000 + i AS TEXT), 5, 2) || ' ' || substr(CAST(30000000 + i AS TEXT), 7, 2) END,
       CASE WHEN i % 2 = 1 THEN i || ' rue de la République' END,
       CASE WHEN i % 5 < 3 THEN 'Lyon' END,
       CASE WHEN i % 2 = 1 THEN '69002' END,
       CASE WHEN i % 5 < 3 THEN 'FR' END,
       CASE WHEN i % 5 < 2 THEN 'client' END,
       NULL, @NOW@, @NOW@
FROM (SELECT i, CASE WHEN i % 100 = 1 AND i > 1 THEN i - 1 ELSE i END AS k FROM n) s;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000),
f(x, v) AS (VALUES (0, 'Claire'), (1, 'Jean'), (2, 'Élodie'), (3, 'François'), (4, 'Hélène'), (5, 'Luc'), (6, 'Camille'), (7, 'Paul'),
                   (8, 'Sophie'), (9, 'Pierre'), (10, 'Anaïs'), (11, 'Thomas'), (12, 'Léa'), (13, 'Nicolas'), (14, 'Chloé'), (15, 'Hugo')),
l(x, v) AS (VALUES (0, 'Martin'), (1, 'Bernard'), (2, 'Dubois'), (3, 'Thomas'), (4, 'Robert'), (5, 'Richard'), (6, 'Petit'), (7, 'Durand'),
                   (8, 'Leroy'), (9, 'Moreau'), (10, 'Simon'), (11, 'Laurent'), (12, 'Lefèvre'), (13, 'Michel'), (14, 'García'), (15, 'David'),
                   (16, 'Bertrand'), (17, 'Roux'), (18, 'Vincent'), (19, 'Fournier'), (20, 'Morel'), (21, 'Girard'), (22, 'André'), (23, 'Lefebvre'),
                   (24, 'Mercier'), (25, 'Dupont'), (26, 'Lambert'), (27, 'Bonnet'), (28, 'François'), (29, 'Martinez'), (30, 'Legrand'), (31, 'Garnier')),
s(i, k, e, d) AS (SELECT i,
                        CASE WHEN i % 200 = 7 THEN i - 1 ELSE i END,
                        CASE WHEN i % 50 = 1 AND i > 1 THEN i - 1 ELSE i END,
                        CAST(10000000 + CASE WHEN i % 100 = 2 THEN i - 2 ELSE i END AS TEXT)
                 FROM n)
INSERT INTO people (id, team_id, first_name, last_name, email, phone, mobile, job_title, linkedin, language, country,
                    consent_email, consent_ai, unsubscribed, notes, owner_id, created_at, updated_at)
SELECT @PID(s.i)@, @TEAM@, f.v, l.v,
       CASE WHEN s.i % 10 = 9 THEN NULL
            WHEN s.i % 100 = 3 THEN 'p' || s.e || '@gmial.com'
            ELSE 'p' || s.e || '@societe-' || (s.e % 3000 + 1) || '.fr' END,
       CASE WHEN s.i % 97 = 0 THEN '01 23'
            WHEN s.i % 5 < 3 THEN (CASE WHEN s.i % 2 = 0 THEN '01 ' ELSE '+33 1 ' END)
                 || substr(s.d, 1, 2) || ' ' || substr(s.d, 3, 2) || ' ' || substr(s.d, 5, 2) || ' ' || substr(s.d, 7, 2) END,
       CASE WHEN s.i % 10 < 3 THEN '06.' || substr(CAST(20000000 + s.i AS TEXT), 1, 2) || '.' || substr(CAST(20000000 + s.i AS TEXT), 3, 2) || '.'
                                   || substr(CAST(20000000 + s.i AS TEXT), 5, 2) || '.' || substr(CAST(20000000 + s.i AS TEXT), 7, 2) END,
       CASE WHEN s.i % 10 < 7 THEN 'Responsable des achats' END,
       CASE WHEN s.i % 5 = 0 THEN 'https://www.linkedin.com/in/p' || s.i END,
       NULL,
       CASE WHEN s.i % 2 = 0 THEN 'FR' END,
       @TRUE@, @TRUE@, NOT @TRUE@, NULL, NULL, @NOW@, @NOW@
FROM s JOIN f ON f.x = s.k % 16 JOIN l ON l.x = (s.k / 16) % 32;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
INSERT INTO person_organisation_links (id, team_id, person_id, organisation_id, role, job_title, is_primary)
SELECT @LID(i)@, @TEAM@, @PID(i)@, @OID((CASE WHEN i % 200 = 7 THEN i - 1 ELSE i END) % 3000 + 1)@, NULL, NULL, @TRUE@
FROM n WHERE i % 5 <> 4;
