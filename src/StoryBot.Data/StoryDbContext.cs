using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Entities;
using StoryBot.Data.Libraries;

namespace StoryBot.Data;

/// <summary>
/// The story store: EF Core is the schema and query layer; the importer writes in bulk beside it. This type is the SQLite
/// model and owns the SQLite migrations (<c>Migrations/</c>); <see cref="Postgres.PostgresStoryDbContext"/> derives from it
/// with the PostgreSQL model and owns <c>Postgres/Migrations/</c>. Features only ever see <see cref="StoryDbContext"/>.
/// Every query sees only the libraries of <see cref="Library"/> (query filters on stories and everything under them,
/// and on characters); a context nobody scoped sees the shared library only.
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

    public DbSet<GuildLibrary> GuildLibraries => Set<GuildLibrary>();

    public DbSet<LibraryUpload> LibraryUploads => Set<LibraryUpload>();

    public DbSet<LibraryFile> LibraryFiles => Set<LibraryFile>();

    /// <summary>Whose libraries this context's queries see (set once per interaction; shared only until then).</summary>
    public LibraryScope Library { get; private set; } = LibraryScope.SharedOnly;

    // Read by the query filters at every execution (EF Core parameterises members of the context).
    private bool ScopeAll => Library.Everything;

    private bool ScopeShared => Library.IncludesShared;

    private ulong? ScopeGuild => Library.GuildId;

    /// <summary>Sets whose libraries the following queries see; returns the context.</summary>
    public StoryDbContext UseLibrary(LibraryScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Library = scope;
        return this;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StoryDbContext).Assembly);

        // One rule, written out per entity (a filter must be a lambda over that entity): the owner is visible when the
        // scope is everything, or the owner is the shared library and the scope includes it, or the owner is the scope's server.
        modelBuilder.Entity<Story>().HasQueryFilter(s =>
            ScopeAll || (s.GuildId == null ? ScopeShared : s.GuildId == ScopeGuild));
        modelBuilder.Entity<Chapter>().HasQueryFilter(c =>
            ScopeAll || (c.Story.GuildId == null ? ScopeShared : c.Story.GuildId == ScopeGuild));
        modelBuilder.Entity<Scene>().HasQueryFilter(s =>
            ScopeAll || (s.Chapter.Story.GuildId == null ? ScopeShared : s.Chapter.Story.GuildId == ScopeGuild));
        modelBuilder.Entity<Paragraph>().HasQueryFilter(p =>
            ScopeAll || (p.Chapter.Story.GuildId == null ? ScopeShared : p.Chapter.Story.GuildId == ScopeGuild));
        modelBuilder.Entity<Note>().HasQueryFilter(n =>
            ScopeAll || (n.Chapter.Story.GuildId == null ? ScopeShared : n.Chapter.Story.GuildId == ScopeGuild));
        modelBuilder.Entity<DialogueLine>().HasQueryFilter(d =>
            ScopeAll || (d.Chapter.Story.GuildId == null ? ScopeShared : d.Chapter.Story.GuildId == ScopeGuild));
        modelBuilder.Entity<Character>().HasQueryFilter(c =>
            ScopeAll || (c.GuildId == null ? ScopeShared : c.GuildId == ScopeGuild));
        modelBuilder.Entity<LibraryFile>().HasQueryFilter(f =>
            ScopeAll || (f.Story.GuildId == null ? ScopeShared : f.Story.GuildId == ScopeGuild));
        modelBuilder.Entity<CharacterAlias>().HasQueryFilter(a =>
            ScopeAll || (a.Character.GuildId == null ? ScopeShared : a.Character.GuildId == ScopeGuild));
    }
}
