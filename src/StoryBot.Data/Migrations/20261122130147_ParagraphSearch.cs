using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBot.Data.Migrations
{
    /// <summary>
    /// FTS5 index over paragraph text: an external-content table (the text lives once, in Paragraphs), bm25 ranking and
    /// snippet/highlight read it back from there. Triggers keep it in step with every insert, update and delete
    /// (including cascades from a chapter or story), except while a bulk load has set the "search-index-deferred" flag;
    /// that load rebuilds the index when it ends (and the store rebuilds it at start if a load died half-way).
    /// </summary>
    public partial class ParagraphSearch : Migration
    {
        private const string WhenLive = "WHEN NOT EXISTS (SELECT 1 FROM StoreFlags WHERE Key = 'search-index-deferred')";

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE ParagraphSearch USING fts5(Text, content='Paragraphs', content_rowid='Id', " +
                "tokenize='unicode61 remove_diacritics 2');");
            migrationBuilder.Sql(
                $"CREATE TRIGGER Paragraphs_SearchInsert AFTER INSERT ON Paragraphs {WhenLive} BEGIN " +
                "INSERT INTO ParagraphSearch(rowid, Text) VALUES (new.Id, new.Text); END;");
            migrationBuilder.Sql(
                $"CREATE TRIGGER Paragraphs_SearchDelete AFTER DELETE ON Paragraphs {WhenLive} BEGIN " +
                "INSERT INTO ParagraphSearch(ParagraphSearch, rowid, Text) VALUES ('delete', old.Id, old.Text); END;");
            migrationBuilder.Sql(
                $"CREATE TRIGGER Paragraphs_SearchUpdate AFTER UPDATE OF Text ON Paragraphs {WhenLive} BEGIN " +
                "INSERT INTO ParagraphSearch(ParagraphSearch, rowid, Text) VALUES ('delete', old.Id, old.Text); " +
                "INSERT INTO ParagraphSearch(rowid, Text) VALUES (new.Id, new.Text); END;");
            migrationBuilder.Sql("INSERT INTO ParagraphSearch(ParagraphSearch) VALUES ('rebuild');");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Paragraphs_SearchUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Paragraphs_SearchDelete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Paragraphs_SearchInsert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS ParagraphSearch;");
        }
    }
}
