using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBot.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class WordPairs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The phrase candidates' index (PostgresWordPairs): built once from the stored search vectors of an existing
            // store, then kept by every write.
            migrationBuilder.Sql(PostgresWordPairs.CreateSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgresWordPairs.DropSql);
        }
    }
}
