using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Postgres;

/// <summary>What the PostgreSQL model changes of the shared story model.</summary>
internal static class PostgresStoryModel
{
    /// <summary>The shadow column of <c>Paragraphs</c> that the search reads.</summary>
    public const string SearchVector = "SearchVector";

    /// <summary>
    /// The text search configuration of the search column and of every query against it: PostgreSQL's <c>simple</c>
    /// parser and dictionary (no stemming, no stop words, as FTS5 unicode61) behind <c>unaccent</c> (as FTS5's
    /// <c>remove_diacritics 2</c>). Created by the first PostgreSQL migration (<see cref="SearchSetupSql"/>).
    /// </summary>
    public const string SearchConfiguration = "storybot_search";

    public const string SearchSetupSql =
        """
        CREATE EXTENSION IF NOT EXISTS unaccent;
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'storybot_search') THEN
                CREATE TEXT SEARCH CONFIGURATION storybot_search (COPY = simple);
                ALTER TEXT SEARCH CONFIGURATION storybot_search
                    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;
            END IF;
        END $$;
        """;

    public static void Apply(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.Entity<Story>(story =>
        {
            story.Property(s => s.Title).UseCollation(null);
            story.HasIndex(s => s.Slug).HasFilter("\"GuildId\" IS NULL");
            story.HasIndex(s => new { s.GuildId, s.Slug }).HasFilter("\"GuildId\" IS NOT NULL");
        });
        modelBuilder.Entity<Character>(character =>
        {
            character.Property(c => c.Name).UseCollation(null);
            character.HasIndex(c => new { c.StoryId, c.Name }).HasFilter("\"StoryId\" IS NOT NULL");
            character.HasIndex(c => c.Name).HasFilter("\"StoryId\" IS NULL AND \"GuildId\" IS NULL");
            character.HasIndex(c => new { c.GuildId, c.Name }).HasFilter("\"StoryId\" IS NULL AND \"GuildId\" IS NOT NULL");
        });
        modelBuilder.Entity<CharacterAlias>().Property(a => a.Alias).UseCollation(null);
        modelBuilder.Entity<Paragraph>(paragraph =>
        {
            paragraph.Property<NpgsqlTsVector>(SearchVector)
                .HasComputedColumnSql($"to_tsvector('{SearchConfiguration}'::regconfig, \"Text\")", stored: true);
            paragraph.HasIndex(SearchVector).HasMethod("GIN");
        });
    }
}
