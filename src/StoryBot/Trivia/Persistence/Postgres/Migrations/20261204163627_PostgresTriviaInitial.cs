using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace StoryBot.Trivia.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PostgresTriviaInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TriviaGames",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GuildId = table.Column<long>(type: "bigint", nullable: true),
                    ChannelId = table.Column<long>(type: "bigint", nullable: false),
                    StarterId = table.Column<long>(type: "bigint", nullable: false),
                    StarterName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Rounds = table.Column<int>(type: "integer", nullable: false),
                    StoryId = table.Column<long>(type: "bigint", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    EndReason = table.Column<int>(type: "integer", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TriviaGames", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TriviaRounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GameId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    GuildId = table.Column<long>(type: "bigint", nullable: true),
                    ChannelId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    QuestionKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StoryId = table.Column<long>(type: "bigint", nullable: false),
                    AnswerIndex = table.Column<int>(type: "integer", nullable: false),
                    MessageId = table.Column<long>(type: "bigint", nullable: true),
                    AskedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<long>(type: "bigint", nullable: false),
                    GameId = table.Column<long>(type: "bigint", nullable: false),
                    GuildId = table.Column<long>(type: "bigint", nullable: true),
                    UserId = table.Column<long>(type: "bigint", nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Choice = table.Column<int>(type: "integer", nullable: false),
                    Correct = table.Column<bool>(type: "boolean", nullable: false),
                    ElapsedMilliseconds = table.Column<int>(type: "integer", nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    StreakAfter = table.Column<int>(type: "integer", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

        /// <inheritdoc />
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
