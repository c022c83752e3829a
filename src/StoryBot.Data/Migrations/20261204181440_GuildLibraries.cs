using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class GuildLibraries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Stories_Slug",
                table: "Stories");

            migrationBuilder.DropIndex(
                name: "IX_Characters_Name",
                table: "Characters");

            migrationBuilder.AddColumn<ulong>(
                name: "GuildId",
                table: "Stories",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<ulong>(
                name: "GuildId",
                table: "Characters",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "GuildLibraries",
                columns: table => new
                {
                    GuildId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    HideShared = table.Column<bool>(type: "INTEGER", nullable: false),
                    RemovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CharactersJson = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuildLibraries", x => x.GuildId);
                });

            migrationBuilder.CreateTable(
                name: "LibraryUploads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryUploads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Stories_GuildId_Slug",
                table: "Stories",
                columns: new[] { "GuildId", "Slug" },
                unique: true,
                filter: "GuildId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_Slug",
                table: "Stories",
                column: "Slug",
                unique: true,
                filter: "GuildId IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Characters_GuildId_Name",
                table: "Characters",
                columns: new[] { "GuildId", "Name" },
                unique: true,
                filter: "StoryId IS NULL AND GuildId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Characters_Name",
                table: "Characters",
                column: "Name",
                unique: true,
                filter: "StoryId IS NULL AND GuildId IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_GuildLibraries_RemovedAt",
                table: "GuildLibraries",
                column: "RemovedAt");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryUploads_GuildId_At",
                table: "LibraryUploads",
                columns: new[] { "GuildId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GuildLibraries");

            migrationBuilder.DropTable(
                name: "LibraryUploads");

            migrationBuilder.DropIndex(
                name: "IX_Stories_GuildId_Slug",
                table: "Stories");

            migrationBuilder.DropIndex(
                name: "IX_Stories_Slug",
                table: "Stories");

            migrationBuilder.DropIndex(
                name: "IX_Characters_GuildId_Name",
                table: "Characters");

            migrationBuilder.DropIndex(
                name: "IX_Characters_Name",
                table: "Characters");

            migrationBuilder.DropColumn(
                name: "GuildId",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "GuildId",
                table: "Characters");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_Slug",
                table: "Stories",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Characters_Name",
                table: "Characters",
                column: "Name",
                unique: true,
                filter: "StoryId IS NULL");
        }
    }
}
