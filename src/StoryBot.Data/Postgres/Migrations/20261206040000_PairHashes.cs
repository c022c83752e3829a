using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBot.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PairHashes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The word-pair index keyed by each pair's 32-bit hash instead of its text (PostgresPairHashes): the same
            // candidates once the phrase is checked, at about half the import's cost of the index. Same index name.
            migrationBuilder.Sql(PostgresPairHashes.CreateSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgresPairHashes.DropSql);
        }
    }
}
