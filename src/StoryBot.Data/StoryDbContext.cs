using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Entities;

namespace StoryBot.Data;

/// <summary>The story store: EF Core is the schema and query layer; the importer writes in bulk beside it.</summary>
public sealed class StoryDbContext(DbContextOptions<StoryDbContext> options) : DbContext(options)
{
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
