using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBot.Data.Migrations
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedOn",
                table: "Stories",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Series",
                table: "Stories",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SeriesPart",
                table: "Stories",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "UpdatedOn",
                table: "Stories",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Part",
                table: "Chapters",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "StoryTags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
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
