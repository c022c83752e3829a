using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace StoryBot.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class WorkMetadata : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Chapters_SourcePath",
                table: "Chapters");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Stories",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedOn",
                table: "Stories",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Series",
                table: "Stories",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SeriesPart",
                table: "Stories",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "UpdatedOn",
                table: "Stories",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Part",
                table: "Chapters",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "StoryTags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StoryId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryTags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoryTags_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Chapters_SourcePath_Part",
                table: "Chapters",
                columns: new[] { "SourcePath", "Part" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoryTags_Kind_Name",
                table: "StoryTags",
                columns: new[] { "Kind", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_StoryTags_StoryId_Kind_Position",
                table: "StoryTags",
                columns: new[] { "StoryId", "Kind", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StoryTags");

            migrationBuilder.DropIndex(
                name: "IX_Chapters_SourcePath_Part",
                table: "Chapters");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "PublishedOn",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "Series",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "SeriesPart",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "UpdatedOn",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "Part",
                table: "Chapters");

            migrationBuilder.CreateIndex(
                name: "IX_Chapters_SourcePath",
                table: "Chapters",
                column: "SourcePath",
                unique: true);
        }
    }
}
