using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relais.Data.Sqlite.Migrations
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
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    bucket = table.Column<int>(type: "INTEGER", nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false)
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
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    intent = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    received = table.Column<int>(type: "INTEGER", nullable: false),
                    analysed = table.Column<int>(type: "INTEGER", nullable: false),
                    human = table.Column<int>(type: "INTEGER", nullable: false),
                    signatures_found = table.Column<int>(type: "INTEGER", nullable: false),
                    signatures_parsed = table.Column<int>(type: "INTEGER", nullable: false),
                    intents_detected = table.Column<int>(type: "INTEGER", nullable: false),
                    intent_confidence_sum = table.Column<double>(type: "REAL", nullable: false),
                    cache_lookups = table.Column<int>(type: "INTEGER", nullable: false),
                    cache_hits = table.Column<int>(type: "INTEGER", nullable: false),
                    elapsed_ms_sum = table.Column<double>(type: "REAL", nullable: false),
                    errors = table.Column<int>(type: "INTEGER", nullable: false),
                    suggestions_created = table.Column<int>(type: "INTEGER", nullable: false),
                    auto_applied = table.Column<int>(type: "INTEGER", nullable: false),
                    approved = table.Column<int>(type: "INTEGER", nullable: false),
                    corrected = table.Column<int>(type: "INTEGER", nullable: false),
                    rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    tokens = table.Column<long>(type: "INTEGER", nullable: false),
                    cost = table.Column<double>(type: "REAL", nullable: false)
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
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sender = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    emails = table.Column<int>(type: "INTEGER", nullable: false),
                    meeting_request = table.Column<int>(type: "INTEGER", nullable: false),
                    info_request = table.Column<int>(type: "INTEGER", nullable: false),
                    follow_up = table.Column<int>(type: "INTEGER", nullable: false),
                    introduction = table.Column<int>(type: "INTEGER", nullable: false),
                    quotation_request = table.Column<int>(type: "INTEGER", nullable: false),
                    closing = table.Column<int>(type: "INTEGER", nullable: false),
                    complaint = table.Column<int>(type: "INTEGER", nullable: false),
                    thank_you = table.Column<int>(type: "INTEGER", nullable: false),
                    unsubscribe = table.Column<int>(type: "INTEGER", nullable: false),
                    other = table.Column<int>(type: "INTEGER", nullable: false)
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
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sender = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    sender_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    last_received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    emails = table.Column<int>(type: "INTEGER", nullable: false),
                    meeting_request = table.Column<int>(type: "INTEGER", nullable: false),
                    info_request = table.Column<int>(type: "INTEGER", nullable: false),
                    follow_up = table.Column<int>(type: "INTEGER", nullable: false),
                    introduction = table.Column<int>(type: "INTEGER", nullable: false),
                    quotation_request = table.Column<int>(type: "INTEGER", nullable: false),
                    closing = table.Column<int>(type: "INTEGER", nullable: false),
                    complaint = table.Column<int>(type: "INTEGER", nullable: false),
                    thank_you = table.Column<int>(type: "INTEGER", nullable: false),
                    unsubscribe = table.Column<int>(type: "INTEGER", nullable: false),
                    other = table.Column<int>(type: "INTEGER", nullable: false)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kpi = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    value = table.Column<double>(type: "REAL", nullable: false),
                    threshold = table.Column<double>(type: "REAL", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
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
                SELECT team_id, date(received_at / 1000, 'unixepoch'), '', '', '', count(*), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
                FROM email_messages WHERE direction = 'inbound' GROUP BY 1, 2;
                """);
            migrationBuilder.Sql("""
                INSERT INTO email_metrics_daily (team_id, day, intent, provider, model, received, analysed, human, signatures_found, signatures_parsed, intents_detected, intent_confidence_sum, cache_lookups, cache_hits, elapsed_ms_sum, errors, suggestions_created, auto_applied, approved, corrected, rejected, tokens, cost)
                SELECT a.team_id, date(a.analyzed_at / 1000, 'unixepoch'), COALESCE(a.intent, ''), 'engine', 'relais-engine/' || a.engine_version, 0, count(*),
                  COALESCE(SUM(a.automated IS NULL), 0), COALESCE(SUM(a.automated IS NULL AND a.signature_found), 0), COALESCE(SUM(a.signature_found AND a.signature_parsed), 0),
                  COALESCE(SUM(a.automated IS NULL AND a.intent IS NOT NULL AND a.intent <> 'other'), 0), COALESCE(SUM(CASE WHEN a.automated IS NULL THEN a.intent_confidence ELSE 0 END), 0),
                  SUM((a.intent_cached OR (a.automated IS NULL AND NOT COALESCE(a.error LIKE 'analysis failed%', FALSE))) + (a.signature_cached OR a.signature_found)),
                  SUM((a.signature_cached) + (a.intent_cached)), COALESCE(SUM(a.elapsed_ms), 0), COALESCE(SUM(COALESCE(a.error LIKE 'analysis failed%', FALSE)), 0),
                  COALESCE(SUM(s.created), 0), COALESCE(SUM(s.auto_applied), 0), 0, 0, 0, 0, 0
                FROM email_analyses a
                LEFT JOIN (SELECT email_message_id, count(*) AS created, COALESCE(SUM(status IN ('auto_applied', 'undone')), 0) AS auto_applied
                           FROM autofill_suggestions GROUP BY email_message_id) AS s ON s.email_message_id = a.email_message_id
                GROUP BY 1, 2, 3, 5;
                """);
            migrationBuilder.Sql("""
                INSERT INTO email_metrics_daily (team_id, day, intent, provider, model, received, analysed, human, signatures_found, signatures_parsed, intents_detected, intent_confidence_sum, cache_lookups, cache_hits, elapsed_ms_sum, errors, suggestions_created, auto_applied, approved, corrected, rejected, tokens, cost)
                SELECT team_id, date(reviewed_at / 1000, 'unixepoch'), '', '', '', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, COALESCE(SUM(status = 'approved'), 0), COALESCE(SUM(status = 'corrected'), 0), COALESCE(SUM(status = 'rejected'), 0), 0, 0
                FROM autofill_suggestions WHERE status IN ('approved', 'corrected', 'rejected') AND reviewed_at IS NOT NULL GROUP BY 1, 2
                ON CONFLICT (team_id, day, intent, provider, model) DO UPDATE SET approved = excluded.approved, corrected = excluded.corrected, rejected = excluded.rejected;
                """);
            migrationBuilder.Sql("""
                INSERT INTO email_latency_daily (team_id, day, provider, model, bucket, count)
                SELECT a.team_id, date(a.analyzed_at / 1000, 'unixepoch'), 'engine', 'relais-engine/' || a.engine_version,
                  CASE WHEN a.elapsed_ms < 0.01 THEN 0 ELSE 1 + CAST(floor(log2(a.elapsed_ms / 0.01) * 8) AS INTEGER) END, count(*)
                FROM email_analyses a GROUP BY 1, 2, 3, 4, 5;
                """);
            migrationBuilder.Sql("""
                INSERT INTO email_senders (team_id, sender, sender_name, last_received_at, emails, meeting_request, info_request, follow_up, introduction, quotation_request, closing, complaint, thank_you, unsubscribe, other)
                SELECT team_id, sender, max(sender_name), max(last), SUM(emails), SUM(meeting_request), SUM(info_request), SUM(follow_up), SUM(introduction), SUM(quotation_request), SUM(closing), SUM(complaint), SUM(thank_you), SUM(unsubscribe), SUM(other)
                FROM (SELECT e.team_id, e.from_email AS sender, date(e.received_at / 1000, 'unixepoch') AS day, max(e.from_name) AS sender_name, max(e.received_at) AS last,
                    count(*) AS emails, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'meeting_request'), 0) AS meeting_request, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'info_request'), 0) AS info_request, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'follow_up'), 0) AS follow_up, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'introduction'), 0) AS introduction, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'quotation_request'), 0) AS quotation_request, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'closing'), 0) AS closing, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'complaint'), 0) AS complaint, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'thank_you'), 0) AS thank_you, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'unsubscribe'), 0) AS unsubscribe, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent NOT IN ('meeting_request', 'info_request', 'follow_up', 'introduction', 'quotation_request', 'closing', 'complaint', 'thank_you', 'unsubscribe')), 0) AS other
                  FROM email_messages e LEFT JOIN email_analyses a ON a.email_message_id = e.id
                  WHERE e.direction = 'inbound' AND e.from_email IS NOT NULL GROUP BY 1, 2, 3) AS d GROUP BY 1, 2;
                """);
            migrationBuilder.Sql("""
                INSERT INTO email_sender_days (team_id, sender, day, emails, meeting_request, info_request, follow_up, introduction, quotation_request, closing, complaint, thank_you, unsubscribe, other)
                SELECT team_id, sender, day, SUM(emails) OVER w, SUM(meeting_request) OVER w, SUM(info_request) OVER w, SUM(follow_up) OVER w, SUM(introduction) OVER w, SUM(quotation_request) OVER w, SUM(closing) OVER w, SUM(complaint) OVER w, SUM(thank_you) OVER w, SUM(unsubscribe) OVER w, SUM(other) OVER w
                FROM (SELECT e.team_id, e.from_email AS sender, date(e.received_at / 1000, 'unixepoch') AS day, max(e.from_name) AS sender_name, max(e.received_at) AS last,
                    count(*) AS emails, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'meeting_request'), 0) AS meeting_request, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'info_request'), 0) AS info_request, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'follow_up'), 0) AS follow_up, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'introduction'), 0) AS introduction, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'quotation_request'), 0) AS quotation_request, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'closing'), 0) AS closing, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'complaint'), 0) AS complaint, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'thank_you'), 0) AS thank_you, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent = 'unsubscribe'), 0) AS unsubscribe, COALESCE(SUM(a.id IS NOT NULL AND a.automated IS NULL AND a.intent NOT IN ('meeting_request', 'info_request', 'follow_up', 'introduction', 'quotation_request', 'closing', 'complaint', 'thank_you', 'unsubscribe')), 0) AS other
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
