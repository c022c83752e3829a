using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Entities;

namespace StoryBot.Data;

/// <summary>
/// The story store: EF Core is the schema and query layer; the importer writes in bulk beside it. This type is the SQLite
/// model and owns the SQLite migrations (<c>Migrations/</c>); <see cref="Postgres.PostgresStoryDbContext"/> derives from it
/// with the PostgreSQL model and owns <c>Postgres/Migrations/</c>. Features only ever see <see cref="StoryDbContext"/>.
/// </summary>
public class StoryDbContext : DbContext
{
    public StoryDbContext(DbContextOptions<StoryDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider-specific subclass (its own options type, so EF keeps its model and migrations apart).</summary>
    protected StoryDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Story> Stories => Set<Story>();

    public DbSet<Chapter> Chapters => Set<Chapter>();

    public DbSet<Scene> Scenes => Set<Scene>();

    public DbSet<Paragraph> Paragraphs => Set<Paragraph>();

    public DbSet<DialogueLine> DialogueLines => Set<DialogueLine>();

    public DbSet<StoryTag> StoryTags => Set<StoryTag>();

    public DbSet<Character> Characters => Set<Character>();

    public DbSet<CharacterAlias> CharacterAliases => Set<CharacterAlias>();

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<StoreFlag> StoreFlags => Set<StoreFlag>();

    public DbSet<SourceFileStamp> SourceFileStamps => Set<SourceFileStamp>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StoryDbContext).Assembly);
    }
}
