using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBot.Trivia.Persistence.Migrations
{
    public partial class InitialTrivia : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TriviaGames",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<long>(type: "INTEGER", nullable: true),
                    ChannelId = table.Column<long>(type: "INTEGER", nullable: false),
                    StarterId = table.Column<long>(type: "INTEGER", nullable: false),
                    StarterName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Rounds = table.Column<int>(type: "INTEGER", nullable: false),
                    StoryId = table.Column<long>(type: "INTEGER", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    EndReason = table.Column<int>(type: "INTEGER", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TriviaGames", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TriviaRounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GameId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    GuildId = table.Column<long>(type: "INTEGER", nullable: true),
                    ChannelId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StoryId = table.Column<long>(type: "INTEGER", nullable: false),
                    AnswerIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<long>(type: "INTEGER", nullable: true),
                    AskedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TriviaRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TriviaRounds_TriviaGames_GameId",
                        column: x => x.GameId,
                        principalTable: "TriviaGames",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TriviaAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<long>(type: "INTEGER", nullable: false),
                    GameId = table.Column<long>(type: "INTEGER", nullable: false),
                    GuildId = table.Column<long>(type: "INTEGER", nullable: true),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Choice = table.Column<int>(type: "INTEGER", nullable: false),
                    Correct = table.Column<bool>(type: "INTEGER", nullable: false),
                    ElapsedMilliseconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    StreakAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TriviaAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TriviaAnswers_TriviaRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "TriviaRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TriviaAnswers_GuildId_AnsweredAt",
                table: "TriviaAnswers",
                columns: new[] { "GuildId", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TriviaAnswers_GuildId_UserId",
                table: "TriviaAnswers",
                columns: new[] { "GuildId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_TriviaAnswers_RoundId_UserId",
                table: "TriviaAnswers",
                columns: new[] { "RoundId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TriviaGames_Status_ChannelId",
                table: "TriviaGames",
                columns: new[] { "Status", "ChannelId" });

            migrationBuilder.CreateIndex(
                name: "IX_TriviaRounds_ChannelId_AskedAt",
                table: "TriviaRounds",
                columns: new[] { "ChannelId", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TriviaRounds_GameId_Number",
                table: "TriviaRounds",
                columns: new[] { "GameId", "Number" },
                unique: true);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TriviaAnswers");

            migrationBuilder.DropTable(
                name: "TriviaRounds");

            migrationBuilder.DropTable(
                name: "TriviaGames");
        }
    }
}
