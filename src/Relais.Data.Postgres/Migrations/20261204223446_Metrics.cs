using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relais.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Metrics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "email_latency_daily",
                columns: table => new
                {
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    provider = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    bucket = table.Column<int>(type: "integer", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_email_latency_daily", x => new { x.team_id, x.day, x.provider, x.model, x.bucket });
                    table.ForeignKey(
                        name: "fk_email_latency_daily_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "email_metrics_daily",
                columns: table => new
                {
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    intent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    provider = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    received = table.Column<int>(type: "integer", nullable: false),
                    analysed = table.Column<int>(type: "integer", nullable: false),
                    human = table.Column<int>(type: "integer", nullable: false),
                    signatures_found = table.Column<int>(type: "integer", nullable: false),
                    signatures_parsed = table.Column<int>(type: "integer", nullable: false),
                    intents_detected = table.Column<int>(type: "integer", nullable: false),
                    intent_confidence_sum = table.Column<double>(type: "double precision", nullable: false),
                    cache_lookups = table.Column<int>(type: "integer", nullable: false),
                    cache_hits = table.Column<int>(type: "integer", nullable: false),
                    elapsed_ms_sum = table.Column<double>(type: "double precision", nullable: false),
                    errors = table.Column<int>(type: "integer", nullable: false),
                    suggestions_created = table.Column<int>(type: "integer", nullable: false),
                    auto_applied = table.Column<int>(type: "integer", nullable: false),
                    approved = table.Column<int>(type: "integer", nullable: false),
                    corrected = table.Column<int>(type: "integer", nullable: false),
                    rejected = table.Column<int>(type: "integer", nullable: false),
                    tokens = table.Column<long>(type: "bigint", nullable: false),
                    cost = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_email_metrics_daily", x => new { x.team_id, x.day, x.intent, x.provider, x.model });
                    table.ForeignKey(
                        name: "fk_email_metrics_daily_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "email_sender_days",
                columns: table => new
                {
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sender = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    emails = table.Column<int>(type: "integer", nullable: false),
                    meeting_request = table.Column<int>(type: "integer", nullable: false),
                    info_request = table.Column<int>(type: "integer", nullable: false),
                    follow_up = table.Column<int>(type: "integer", nullable: false),
                    introduction = table.Column<int>(type: "integer", nullable: false),
                    quotation_request = table.Column<int>(type: "integer", nullable: false),
                    closing = table.Column<int>(type: "integer", nullable: false),
                    complaint = table.Column<int>(type: "integer", nullable: false),
                    thank_you = table.Column<int>(type: "integer", nullable: false),
                    unsubscribe = table.Column<int>(type: "integer", nullable: false),
                    other = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_email_sender_days", x => new { x.team_id, x.sender, x.day });
                    table.ForeignKey(
                        name: "fk_email_sender_days_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "email_senders",
                columns: table => new
                {
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sender = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    sender_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    last_received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    emails = table.Column<int>(type: "integer", nullable: false),
                    meeting_request = table.Column<int>(type: "integer", nullable: false),
                    info_request = table.Column<int>(type: "integer", nullable: false),
                    follow_up = table.Column<int>(type: "integer", nullable: false),
                    introduction = table.Column<int>(type: "integer", nullable: false),
                    quotation_request = table.Column<int>(type: "integer", nullable: false),
                    closing = table.Column<int>(type: "integer", nullable: false),
                    complaint = table.Column<int>(type: "integer", nullable: false),
                    thank_you = table.Column<int>(type: "integer", nullable: false),
                    unsubscribe = table.Column<int>(type: "integer", nullable: false),
                    other = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_email_senders", x => new { x.team_id, x.sender });
                    table.ForeignKey(
                        name: "fk_email_senders_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kpi_alerts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kpi = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    value = table.Column<double>(type: "double precision", nullable: false),
                    threshold = table.Column<double>(type: "double precision", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpi_alerts", x => x.id);
                    table.ForeignKey(
                        name: "fk_kpi_alerts_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_kpi_alerts_team_id_kpi_day",
                table: "kpi_alerts",
                columns: new[] { "team_id", "kpi", "day" },
                unique: true);

            // The counters of the mail, analyses and reviews stored before this migration, as the hooks would have added them.
            migrationBuilder.Sql("""
                INSERT INTO email_metrics_daily (team_id, day, intent, provider, model, received, analysed, human, signatures_found, signatures_parsed, intents_detected, intent_confidence_sum, cache_lookups, cache_hits, elapsed_ms_sum, errors, suggestions_created, auto_applied, approved, corrected, rejected, tokens, cost)
                SELECT team_id, (received_at AT TIME ZONE 'UTC')::date, '', '', '', count(*), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
                FROM email_messages WHERE direction = 'inbound' GROUP BY 1, 2;
                """);
            migrationBuilder.Sql("""
                INSERT INTO email_metrics_daily (team_id, day, intent, provider, model, received, analysed, human, signatures_found, signatures_parsed, intents_detected, intent_confidence_sum, cache_lookups, cache_hits, elapsed_ms_sum, errors, suggestions_created, auto_applied, approved, corrected, rejected, tokens, cost)
                SELECT a.team_id, (a.analyzed_at AT TIME ZONE 'UTC')::date, COALESCE(a.intent, ''), 'engine', 'relais-engine/' || a.engine_version, 0, count(*),
                  count(*) FILTER (WHERE a.automated IS NULL), count(*) FILTER (WHERE a.automated IS NULL AND a.signature_found), count(*) FILTER (WHERE a.signature_found AND a.signature_parsed),
                  count(*) FILTER (WHERE a.automated IS NULL AND a.intent IS NOT NULL AND a.intent <> 'other'), COALESCE(SUM(CASE WHEN a.automated IS NULL THEN a.intent_confidence ELSE 0 END), 0),
                  SUM((a.intent_cached OR (a.automated IS NULL AND NOT COALESCE(a.error LIKE 'analysis failed%', FALSE)))::int + (a.signature_cached OR a.signature_found)::int),
                  SUM((a.signature_cached)::int + (a.intent_cached)::int), COALESCE(SUM(a.elapsed_ms), 0), count(*) FILTER (WHERE COALESCE(a.error LIKE 'analysis failed%', FALSE)),
                  COALESCE(SUM(s.created), 0), COALESCE(SUM(s.auto_applied), 0), 0, 0, 0, 0, 0
                FROM email_analyses a
                LEFT JOIN (SELECT email_message_id, count(*) AS created, count(*) FILTER (WHERE status IN ('auto_applied', 'undone')) AS auto_applied
                           FROM autofill_suggestions GROUP BY email_message_id) AS s ON s.email_message_id = a.email_message_id
                GROUP BY 1, 2, 3, 5;
                """);
            migrationBuilder.Sql("""
                INSERT INTO email_metrics_daily (team_id, day, intent, provider, model, received, analysed, human, signatures_found, signatures_parsed, intents_detected, intent_confidence_sum, cache_lookups, cache_hits, elapsed_ms_sum, errors, suggestions_created, auto_applied, approved, corrected, rejected, tokens, cost)
                SELECT team_id, (reviewed_at AT TIME ZONE 'UTC')::date, '', '', '', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*) FILTER (WHERE status = 'approved'), count(*) FILTER (WHERE status = 'corrected'), count(*) FILTER (WHERE status = 'rejected'), 0, 0
                FROM autofill_suggestions WHERE status IN ('approved', 'corrected', 'rejected') AND reviewed_at IS NOT NULL GROUP BY 1, 2
                ON CONFLICT (team_id, day, intent, provider, model) DO UPDATE SET approved = excluded.approved, corrected = excluded.corrected, rejected = excluded.rejected;
                """);
            migrationBuilder.Sql("""
                INSERT INTO email_latency_daily (team_id, day, provider, model, bucket, count)
                SELECT a.team_id, (a.analyzed_at AT TIME ZONE 'UTC')::date, 'engine', 'relais-engine/' || a.engine_version,
                  CASE WHEN a.elapsed_ms < 0.01 THEN 0 ELSE 1 + floor(ln(a.elapsed_ms / 0.01) / ln(2) * 8)::int END, count(*)
                FROM email_analyses a GROUP BY 1, 2, 3, 4, 5;
                """);
            migrationBuilder.Sql("""
                INSERT INTO email_senders (team_id, sender, sender_name, last_received_at, emails, meeting_request, info_request, follow_up, introduction, quotation_request, closing, complaint, thank_you, unsubscribe, other)
                SELECT team_id, sender, max(sender_name), max(last), SUM(emails), SUM(meeting_request), SUM(info_request), SUM(follow_up), SUM(introduction), SUM(quotation_request), SUM(closing), SUM(complaint), SUM(thank_you), SUM(unsubscribe), SUM(other)
                FROM (SELECT e.team_id, e.from_email AS sender, (e.received_at AT TIME ZONE 'UTC')::date AS day, max(e.from_name) AS sender_name, max(e.received_at) AS last,
                    count(*) AS emails, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'meeting_request') AS meeting_request, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'info_request') AS info_request, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'follow_up') AS follow_up, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'introduction') AS introduction, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'quotation_request') AS quotation_request, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'closing') AS closing, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'complaint') AS complaint, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'thank_you') AS thank_you, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'unsubscribe') AS unsubscribe, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent NOT IN ('meeting_request', 'info_request', 'follow_up', 'introduction', 'quotation_request', 'closing', 'complaint', 'thank_you', 'unsubscribe')) AS other
                  FROM email_messages e LEFT JOIN email_analyses a ON a.email_message_id = e.id
                  WHERE e.direction = 'inbound' AND e.from_email IS NOT NULL GROUP BY 1, 2, 3) AS d GROUP BY 1, 2;
                """);
            migrationBuilder.Sql("""
                INSERT INTO email_sender_days (team_id, sender, day, emails, meeting_request, info_request, follow_up, introduction, quotation_request, closing, complaint, thank_you, unsubscribe, other)
                SELECT team_id, sender, day, SUM(emails) OVER w, SUM(meeting_request) OVER w, SUM(info_request) OVER w, SUM(follow_up) OVER w, SUM(introduction) OVER w, SUM(quotation_request) OVER w, SUM(closing) OVER w, SUM(complaint) OVER w, SUM(thank_you) OVER w, SUM(unsubscribe) OVER w, SUM(other) OVER w
                FROM (SELECT e.team_id, e.from_email AS sender, (e.received_at AT TIME ZONE 'UTC')::date AS day, max(e.from_name) AS sender_name, max(e.received_at) AS last,
                    count(*) AS emails, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'meeting_request') AS meeting_request, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'info_request') AS info_request, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'follow_up') AS follow_up, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'introduction') AS introduction, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'quotation_request') AS quotation_request, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'closing') AS closing, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'complaint') AS complaint, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'thank_you') AS thank_you, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'unsubscribe') AS unsubscribe, count(*) FILTER (WHERE a.id IS NOT NULL AND a.automated IS NULL AND a.intent NOT IN ('meeting_request', 'info_request', 'follow_up', 'introduction', 'quotation_request', 'closing', 'complaint', 'thank_you', 'unsubscribe')) AS other
                  FROM email_messages e LEFT JOIN email_analyses a ON a.email_message_id = e.id
                  WHERE e.direction = 'inbound' AND e.from_email IS NOT NULL GROUP BY 1, 2, 3) AS d
                WINDOW w AS (PARTITION BY team_id, sender ORDER BY day ROWS UNBOUNDED PRECEDING);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "email_latency_daily");

            migrationBuilder.DropTable(
                name: "email_metrics_daily");

            migrationBuilder.DropTable(
                name: "email_sender_days");

            migrationBuilder.DropTable(
                name: "email_senders");

            migrationBuilder.DropTable(
                name: "kpi_alerts");
        }
    }
}
