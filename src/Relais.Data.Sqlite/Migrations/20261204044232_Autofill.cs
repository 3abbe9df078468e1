using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relais.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Autofill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_interactions_email_message_id",
                table: "interactions");

            migrationBuilder.DropIndex(
                name: "ix_email_messages_team_id_message_id_header",
                table: "email_messages");

            migrationBuilder.DropColumn(
                name: "last_uid",
                table: "email_accounts");

            migrationBuilder.DropColumn(
                name: "uid_validity",
                table: "email_accounts");

            migrationBuilder.AddColumn<string>(name: "person_id", table: "email_messages", type: "TEXT", nullable: true);

            migrationBuilder.DropColumn(name: "use_tls", table: "email_accounts");

            migrationBuilder.AddColumn<long>(name: "updated_at", table: "email_accounts", type: "INTEGER", nullable: false, defaultValue: 0L);

            migrationBuilder.AddColumn<double>(
                name: "auto_apply_threshold",
                table: "teams",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<string>(
                name: "autofill_schedule",
                table: "teams",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "lease_expires_at",
                table: "email_messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lease_owner",
                table: "email_messages",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "next_attempt_at",
                table: "email_messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address",
                table: "email_accounts",
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "tls_mode",
                table: "email_accounts",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ai_accuracy_metrics",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    prediction_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    total = table.Column<int>(type: "INTEGER", nullable: false),
                    accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    corrected = table.Column<int>(type: "INTEGER", nullable: false),
                    rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    accepted_confidence_sum = table.Column<double>(type: "REAL", nullable: false),
                    corrected_confidence_sum = table.Column<double>(type: "REAL", nullable: false),
                    bucket_totals = table.Column<string>(type: "TEXT", nullable: false),
                    bucket_accepted = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ai_accuracy_metrics", x => x.id);
                    table.ForeignKey(
                        name: "fk_ai_accuracy_metrics_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ai_memory",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    task = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    result = table.Column<string>(type: "TEXT", nullable: false),
                    confidence = table.Column<double>(type: "REAL", nullable: true),
                    latency_ms = table.Column<double>(type: "REAL", nullable: false),
                    tokens = table.Column<int>(type: "INTEGER", nullable: true),
                    cost = table.Column<decimal>(type: "TEXT", precision: 12, scale: 6, nullable: true),
                    hit_count = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_hit_at = table.Column<long>(type: "INTEGER", nullable: true),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ai_memory", x => x.id);
                    table.ForeignKey(
                        name: "fk_ai_memory_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "autofill_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    days_back = table.Column<int>(type: "INTEGER", nullable: false),
                    max_emails = table.Column<int>(type: "INTEGER", nullable: false),
                    auto_apply_threshold = table.Column<double>(type: "REAL", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    triggered_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    triggered_by_token_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    total = table.Column<int>(type: "INTEGER", nullable: false),
                    emails_processed = table.Column<int>(type: "INTEGER", nullable: false),
                    signatures_parsed = table.Column<int>(type: "INTEGER", nullable: false),
                    signatures_cached = table.Column<int>(type: "INTEGER", nullable: false),
                    intents_detected = table.Column<int>(type: "INTEGER", nullable: false),
                    intents_cached = table.Column<int>(type: "INTEGER", nullable: false),
                    suggestions_created = table.Column<int>(type: "INTEGER", nullable: false),
                    auto_applied = table.Column<int>(type: "INTEGER", nullable: false),
                    manual_review = table.Column<int>(type: "INTEGER", nullable: false),
                    errors = table.Column<int>(type: "INTEGER", nullable: false),
                    processing_time_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    cancel_requested = table.Column<bool>(type: "INTEGER", nullable: false),
                    error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: true),
                    heartbeat_at = table.Column<long>(type: "INTEGER", nullable: true),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_autofill_jobs", x => x.id);
                    table.ForeignKey(
                        name: "fk_autofill_jobs_api_tokens_triggered_by_token_id",
                        column: x => x.triggered_by_token_id,
                        principalTable: "api_tokens",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_autofill_jobs_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_autofill_jobs_users_triggered_by_user_id",
                        column: x => x.triggered_by_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "email_analyses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    email_message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    engine_version = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    automated = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    intent = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    intent_confidence = table.Column<double>(type: "REAL", nullable: false),
                    needs_reply = table.Column<bool>(type: "INTEGER", nullable: false),
                    needs_reply_confidence = table.Column<double>(type: "REAL", nullable: false),
                    signature_found = table.Column<bool>(type: "INTEGER", nullable: false),
                    signature_confidence = table.Column<double>(type: "REAL", nullable: true),
                    signature_parsed = table.Column<bool>(type: "INTEGER", nullable: false),
                    fields = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: true),
                    signature_text = table.Column<string>(type: "TEXT", nullable: true),
                    signature_cached = table.Column<bool>(type: "INTEGER", nullable: false),
                    intent_cached = table.Column<bool>(type: "INTEGER", nullable: false),
                    elapsed_ms = table.Column<double>(type: "REAL", nullable: false),
                    error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    analyzed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_email_analyses", x => x.id);
                    table.ForeignKey(
                        name: "fk_email_analyses_email_messages_email_message_id",
                        column: x => x.email_message_id,
                        principalTable: "email_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_email_analyses_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "email_blacklist",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pattern = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_email_blacklist", x => x.id);
                    table.ForeignKey(
                        name: "fk_email_blacklist_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_email_blacklist_users_created_by_user_id",
                        column: x => x.created_by_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "email_contents",
                columns: table => new
                {
                    email_message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    raw_mime = table.Column<byte[]>(type: "BLOB", nullable: true),
                    text_body = table.Column<string>(type: "TEXT", nullable: true),
                    html_body = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_email_contents", x => x.email_message_id);
                    table.ForeignKey(
                        name: "fk_email_contents_email_messages_email_message_id",
                        column: x => x.email_message_id,
                        principalTable: "email_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_email_contents_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql("INSERT INTO email_contents (email_message_id, team_id, raw_mime, text_body, html_body) SELECT id, team_id, raw_mime, text_body, html_body FROM email_messages;");

            migrationBuilder.DropColumn(name: "html_body", table: "email_messages");

            migrationBuilder.DropColumn(name: "raw_mime", table: "email_messages");

            migrationBuilder.DropColumn(name: "text_body", table: "email_messages");

            migrationBuilder.CreateTable(
                name: "email_folders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    account_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    path = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    uid_validity = table.Column<long>(type: "INTEGER", nullable: true),
                    last_uid = table.Column<long>(type: "INTEGER", nullable: false),
                    last_sync_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_email_folders", x => x.id);
                    table.ForeignKey(
                        name: "fk_email_folders_email_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "email_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_email_folders_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "autofill_suggestions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    email_message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    job_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    target_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    current_value = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    suggested_value = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    confidence = table.Column<double>(type: "REAL", nullable: false),
                    model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    value_source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    applied_value = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    reviewer_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    reviewed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_autofill_suggestions", x => x.id);
                    table.ForeignKey(
                        name: "fk_autofill_suggestions_autofill_jobs_job_id",
                        column: x => x.job_id,
                        principalTable: "autofill_jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_autofill_suggestions_email_messages_email_message_id",
                        column: x => x.email_message_id,
                        principalTable: "email_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_autofill_suggestions_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_autofill_suggestions_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_autofill_suggestions_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_autofill_suggestions_users_reviewer_id",
                        column: x => x.reviewer_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ai_feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    prediction_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    suggestion_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    email_message_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    original_value = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    original_confidence = table.Column<double>(type: "REAL", nullable: true),
                    corrected_value = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    error_categories = table.Column<string>(type: "TEXT", nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ai_feedback", x => x.id);
                    table.ForeignKey(
                        name: "fk_ai_feedback_autofill_suggestions_suggestion_id",
                        column: x => x.suggestion_id,
                        principalTable: "autofill_suggestions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_ai_feedback_email_messages_email_message_id",
                        column: x => x.email_message_id,
                        principalTable: "email_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_ai_feedback_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_ai_feedback_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_interactions_email_message_id",
                table: "interactions",
                column: "email_message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_email_messages_person_id",
                table: "email_messages",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_email_messages_team_id_from_email",
                table: "email_messages",
                columns: new[] { "team_id", "from_email" });

            migrationBuilder.CreateIndex(
                name: "ix_email_messages_team_id_message_id_header",
                table: "email_messages",
                columns: new[] { "team_id", "message_id_header" },
                unique: true,
                filter: "message_id_header IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_ai_accuracy_metrics_team_id_day_prediction_type_model_field",
                table: "ai_accuracy_metrics",
                columns: new[] { "team_id", "day", "prediction_type", "model", "field" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ai_feedback_email_message_id",
                table: "ai_feedback",
                column: "email_message_id");

            migrationBuilder.CreateIndex(
                name: "ix_ai_feedback_suggestion_id",
                table: "ai_feedback",
                column: "suggestion_id");

            migrationBuilder.CreateIndex(
                name: "ix_ai_feedback_team_id_created_at",
                table: "ai_feedback",
                columns: new[] { "team_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_ai_feedback_user_id",
                table: "ai_feedback",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_ai_memory_team_id_created_at",
                table: "ai_memory",
                columns: new[] { "team_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_ai_memory_team_id_task_key",
                table: "ai_memory",
                columns: new[] { "team_id", "task", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_autofill_jobs_team_id",
                table: "autofill_jobs",
                column: "team_id",
                unique: true,
                filter: "status IN ('queued', 'running')");

            migrationBuilder.CreateIndex(
                name: "ix_autofill_jobs_team_id_created_at",
                table: "autofill_jobs",
                columns: new[] { "team_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_autofill_jobs_triggered_by_token_id",
                table: "autofill_jobs",
                column: "triggered_by_token_id");

            migrationBuilder.CreateIndex(
                name: "ix_autofill_jobs_triggered_by_user_id",
                table: "autofill_jobs",
                column: "triggered_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_autofill_suggestions_email_message_id_target_type_field",
                table: "autofill_suggestions",
                columns: new[] { "email_message_id", "target_type", "field" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_autofill_suggestions_job_id",
                table: "autofill_suggestions",
                column: "job_id");

            migrationBuilder.CreateIndex(
                name: "ix_autofill_suggestions_organisation_id",
                table: "autofill_suggestions",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_autofill_suggestions_person_id",
                table: "autofill_suggestions",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_autofill_suggestions_reviewer_id",
                table: "autofill_suggestions",
                column: "reviewer_id");

            migrationBuilder.CreateIndex(
                name: "ix_autofill_suggestions_team_id_status_created_at",
                table: "autofill_suggestions",
                columns: new[] { "team_id", "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_email_analyses_email_message_id",
                table: "email_analyses",
                column: "email_message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_email_analyses_team_id_analyzed_at",
                table: "email_analyses",
                columns: new[] { "team_id", "analyzed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_email_blacklist_created_by_user_id",
                table: "email_blacklist",
                column: "created_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_email_blacklist_team_id_type_pattern",
                table: "email_blacklist",
                columns: new[] { "team_id", "type", "pattern" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_email_contents_team_id",
                table: "email_contents",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "ix_email_folders_account_id_path",
                table: "email_folders",
                columns: new[] { "account_id", "path" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_email_folders_team_id",
                table: "email_folders",
                column: "team_id");

            migrationBuilder.AddForeignKey(
                name: "fk_email_messages_people_person_id",
                table: "email_messages",
                column: "person_id",
                principalTable: "people",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.Sql("UPDATE email_accounts SET updated_at = created_at;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_email_messages_people_person_id",
                table: "email_messages");

            migrationBuilder.DropTable(
                name: "ai_accuracy_metrics");

            migrationBuilder.DropTable(
                name: "ai_feedback");

            migrationBuilder.DropTable(
                name: "ai_memory");

            migrationBuilder.DropTable(
                name: "email_analyses");

            migrationBuilder.DropTable(
                name: "email_blacklist");

            migrationBuilder.DropTable(
                name: "email_folders");

            migrationBuilder.DropTable(
                name: "autofill_suggestions");

            migrationBuilder.DropTable(
                name: "autofill_jobs");

            migrationBuilder.DropIndex(
                name: "ix_interactions_email_message_id",
                table: "interactions");

            migrationBuilder.DropIndex(
                name: "ix_email_messages_person_id",
                table: "email_messages");

            migrationBuilder.DropIndex(
                name: "ix_email_messages_team_id_from_email",
                table: "email_messages");

            migrationBuilder.DropIndex(
                name: "ix_email_messages_team_id_message_id_header",
                table: "email_messages");

            migrationBuilder.DropColumn(
                name: "auto_apply_threshold",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "autofill_schedule",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "lease_expires_at",
                table: "email_messages");

            migrationBuilder.DropColumn(
                name: "lease_owner",
                table: "email_messages");

            migrationBuilder.DropColumn(
                name: "next_attempt_at",
                table: "email_messages");

            migrationBuilder.DropColumn(
                name: "address",
                table: "email_accounts");

            migrationBuilder.DropColumn(
                name: "tls_mode",
                table: "email_accounts");

            migrationBuilder.DropColumn(name: "person_id", table: "email_messages");

            migrationBuilder.AddColumn<string>(name: "text_body", table: "email_messages", type: "TEXT", nullable: true);

            migrationBuilder.DropColumn(name: "updated_at", table: "email_accounts");

            migrationBuilder.AddColumn<bool>(name: "use_tls", table: "email_accounts", type: "INTEGER", nullable: false, defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "html_body",
                table: "email_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "raw_mime",
                table: "email_messages",
                type: "BLOB",
                nullable: true);

            migrationBuilder.Sql("UPDATE email_messages SET raw_mime = (SELECT c.raw_mime FROM email_contents c WHERE c.email_message_id = email_messages.id), text_body = (SELECT c.text_body FROM email_contents c WHERE c.email_message_id = email_messages.id), html_body = (SELECT c.html_body FROM email_contents c WHERE c.email_message_id = email_messages.id);");

            migrationBuilder.DropTable(
                name: "email_contents");

            migrationBuilder.AddColumn<long>(
                name: "last_uid",
                table: "email_accounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "uid_validity",
                table: "email_accounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_interactions_email_message_id",
                table: "interactions",
                column: "email_message_id");

            migrationBuilder.CreateIndex(
                name: "ix_email_messages_team_id_message_id_header",
                table: "email_messages",
                columns: new[] { "team_id", "message_id_header" });
        }
    }
}
