using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBot.Daily.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PostgresDailyInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailyPosts",
                columns: table => new
                {
                    GuildId = table.Column<long>(type: "bigint", nullable: false),
                    LocalDate = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ChannelId = table.Column<long>(type: "bigint", nullable: false),
                    ChapterId = table.Column<long>(type: "bigint", nullable: false),
                    ChapterKey = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: false),
                    Cycle = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Nonce = table.Column<string>(type: "character varying(25)", maxLength: 25, nullable: false),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    MessageId = table.Column<long>(type: "bigint", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyPosts", x => new { x.GuildId, x.LocalDate });
                });

            migrationBuilder.CreateTable(
                name: "DailySchedules",
                columns: table => new
                {
                    GuildId = table.Column<long>(type: "bigint", nullable: false),
                    ChannelId = table.Column<long>(type: "bigint", nullable: false),
                    LocalTime = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RoleId = table.Column<long>(type: "bigint", nullable: true),
                    ActiveSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PausedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PausedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailySchedules", x => x.GuildId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DailyPosts_GuildId_Cycle",
                table: "DailyPosts",
                columns: new[] { "GuildId", "Cycle" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyPosts");

            migrationBuilder.DropTable(
                name: "DailySchedules");
        }
    }
}
