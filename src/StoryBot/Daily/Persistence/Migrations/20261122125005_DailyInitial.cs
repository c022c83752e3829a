using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBot.Daily.Persistence.Migrations
{
    public partial class DailyInitial : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailyPosts",
                columns: table => new
                {
                    GuildId = table.Column<long>(type: "INTEGER", nullable: false),
                    LocalDate = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ChannelId = table.Column<long>(type: "INTEGER", nullable: false),
                    ChapterId = table.Column<long>(type: "INTEGER", nullable: false),
                    ChapterKey = table.Column<string>(type: "TEXT", maxLength: 220, nullable: false),
                    Cycle = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Nonce = table.Column<string>(type: "TEXT", maxLength: 25, nullable: false),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<long>(type: "INTEGER", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyPosts", x => new { x.GuildId, x.LocalDate });
                });

            migrationBuilder.CreateTable(
                name: "DailySchedules",
                columns: table => new
                {
                    GuildId = table.Column<long>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<long>(type: "INTEGER", nullable: false),
                    LocalTime = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RoleId = table.Column<long>(type: "INTEGER", nullable: true),
                    ActiveSince = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    PausedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PausedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyPosts");

            migrationBuilder.DropTable(
                name: "DailySchedules");
        }
    }
}
