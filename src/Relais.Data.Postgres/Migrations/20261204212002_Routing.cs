using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relais.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Routing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "auto_reply_daily_cap",
                table: "teams",
                type: "integer",
                nullable: false,
                defaultValue: 50);

            migrationBuilder.AddColumn<string>(
                name: "auto_reply_from",
                table: "teams",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<int[]>(
                name: "business_days",
                table: "teams",
                type: "integer[]",
                nullable: false,
                defaultValue: new[] { 1, 2, 3, 4, 5 });

            migrationBuilder.AddColumn<TimeOnly>(
                name: "business_hours_end",
                table: "teams",
                type: "time without time zone",
                nullable: false,
                defaultValue: new TimeOnly(18, 0, 0));

            migrationBuilder.AddColumn<TimeOnly>(
                name: "business_hours_start",
                table: "teams",
                type: "time without time zone",
                nullable: false,
                defaultValue: new TimeOnly(9, 0, 0));

            migrationBuilder.AddColumn<Guid>(
                name: "default_assignee_id",
                table: "teams",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "routing_fallback",
                table: "teams",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "owner_then_default");

            migrationBuilder.CreateTable(
                name: "routing_rules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    intent_trigger = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    min_confidence = table.Column<int>(type: "integer", nullable: false),
                    conditions = table.Column<string>(type: "text", nullable: false),
                    actions = table.Column<string>(type: "text", nullable: false),
                    stop_processing = table.Column<bool>(type: "boolean", nullable: false),
                    execution_count = table.Column<int>(type: "integer", nullable: false),
                    last_executed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_routing_rules", x => x.id);
                    table.ForeignKey(
                        name: "fk_routing_rules_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rule_id = table.Column<Guid>(type: "uuid", nullable: true),
                    email_message_id = table.Column<Guid>(type: "uuid", nullable: true),
                    thread_key = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    to_address = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    to_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    in_reply_to = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    sent_message_id = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_outbox_messages_email_messages_email_message_id",
                        column: x => x.email_message_id,
                        principalTable: "email_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_outbox_messages_routing_rules_rule_id",
                        column: x => x.rule_id,
                        principalTable: "routing_rules",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_outbox_messages_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "routing_executions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rule_id = table.Column<Guid>(type: "uuid", nullable: true),
                    email_message_id = table.Column<Guid>(type: "uuid", nullable: true),
                    interaction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actions = table.Column<string>(type: "text", nullable: false),
                    result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    executed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_routing_executions", x => x.id);
                    table.ForeignKey(
                        name: "fk_routing_executions_email_messages_email_message_id",
                        column: x => x.email_message_id,
                        principalTable: "email_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_routing_executions_interactions_interaction_id",
                        column: x => x.interaction_id,
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_routing_executions_routing_rules_rule_id",
                        column: x => x.rule_id,
                        principalTable: "routing_rules",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_routing_executions_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_teams_default_assignee_id",
                table: "teams",
                column: "default_assignee_id");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_created_by_rule_id",
                table: "tasks",
                column: "created_by_rule_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_email_message_id",
                table: "outbox_messages",
                column: "email_message_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_rule_id",
                table: "outbox_messages",
                column: "rule_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_status_next_attempt_at",
                table: "outbox_messages",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_team_id_created_at",
                table: "outbox_messages",
                columns: new[] { "team_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_team_id_thread_key",
                table: "outbox_messages",
                columns: new[] { "team_id", "thread_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_routing_executions_email_message_id",
                table: "routing_executions",
                column: "email_message_id");

            migrationBuilder.CreateIndex(
                name: "ix_routing_executions_interaction_id",
                table: "routing_executions",
                column: "interaction_id");

            migrationBuilder.CreateIndex(
                name: "ix_routing_executions_rule_id",
                table: "routing_executions",
                column: "rule_id");

            migrationBuilder.CreateIndex(
                name: "ix_routing_executions_team_id_rule_id_executed_at",
                table: "routing_executions",
                columns: new[] { "team_id", "rule_id", "executed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_routing_rules_team_id_active_priority",
                table: "routing_rules",
                columns: new[] { "team_id", "active", "priority" });

            migrationBuilder.AddForeignKey(
                name: "fk_tasks_routing_rules_created_by_rule_id",
                table: "tasks",
                column: "created_by_rule_id",
                principalTable: "routing_rules",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_teams_users_default_assignee_id",
                table: "teams",
                column: "default_assignee_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_tasks_routing_rules_created_by_rule_id",
                table: "tasks");

            migrationBuilder.DropForeignKey(
                name: "fk_teams_users_default_assignee_id",
                table: "teams");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "routing_executions");

            migrationBuilder.DropTable(
                name: "routing_rules");

            migrationBuilder.DropIndex(
                name: "ix_teams_default_assignee_id",
                table: "teams");

            migrationBuilder.DropIndex(
                name: "ix_tasks_created_by_rule_id",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "auto_reply_daily_cap",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "auto_reply_from",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "business_days",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "business_hours_end",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "business_hours_start",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "default_assignee_id",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "routing_fallback",
                table: "teams");
        }
    }
}
