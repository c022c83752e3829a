using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBot.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchBlocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Both search indexes rebuilt with the paragraph's block as a first column (PostgresSearchBlocks); same names,
            // so the model's index and the import's pending-list flush still find them.
            migrationBuilder.Sql(PostgresSearchBlocks.CreateSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgresSearchBlocks.DropSql);
        }
    }
}
