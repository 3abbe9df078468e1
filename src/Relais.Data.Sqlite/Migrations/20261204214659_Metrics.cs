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
