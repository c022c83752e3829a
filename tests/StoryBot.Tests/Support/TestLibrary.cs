using Microsoft.EntityFrameworkCore;
using DialogueKind = StoryBot.Corpus.Model.DialogueKind;
using Rating = StoryBot.Corpus.Model.Rating;
using StoryBot.Data;
using StoryBot.Data.Entities;
using StoryBot.Data.Storage;
using StoryBot.Daily.Persistence;
using StoryBot.Daily.Persistence.Postgres;
using StoryBot.Testing;
using StoryBot.Trivia.Persistence;
using StoryBot.Trivia.Persistence.Postgres;

namespace StoryBot.Tests.Support;

/// <summary>
/// A small known library written straight into a temp SQLite file (or a fresh PostgreSQL database on the test server): "Leaf Village Tales" (Teen, 2 chapters, Naruto and
/// Sakura speak) and "Dark Paths" (Mature, 1 chapter). Tests that need exact expectations use it; the seeds are
/// used where the real import matters. On PostgreSQL the library is a database of its own on the test server, copied
/// from a template with every context migrated (stories, trivia, daily), dropped at dispose; <see cref="Directory"/> is
/// then only a work folder.
/// </summary>
public sealed class TestLibrary : IAsyncDisposable
{
    public const string SafeTitle = "Leaf Village Tales";
    public const string SafeSlug = "leaf-village-tales";
    public const string MatureTitle = "Dark Paths";
    public const string MatureSlug = "dark-paths";

    private TestLibrary(string directory, DatabaseProvider provider, string? postgres)
    {
        Directory = directory;
        Provider = provider;
        ConnectionString = postgres ?? UnpooledSqlite.ConnectionString(DatabasePath);
    }

    public string Directory { get; }

    public DatabaseProvider Provider { get; }

    public string DatabasePath => Path.Combine(Directory, "storybot.db");

    public string ConnectionString { get; }

    /// <summary>The settings a host needs to use this store.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["ConnectionStrings:Stories"] = ConnectionString,
        ["Database:Provider"] = Provider.ToString(),
    };

    public static async Task<TestLibrary> CreateAsync(bool seed = true, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var directory = Path.Combine(Path.GetTempPath(), "storybot-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        string? postgres = provider == DatabaseProvider.Postgres
            ? await PostgresTestServer.CreateDatabaseAsync("bot", MigratePostgresAsync)
            : null;
        var library = new TestLibrary(directory, provider, postgres);
        await using var db = library.OpenContext();
        await db.Database.MigrateAsync();
        if (seed)
        {
            await SeedAsync(db);
        }

        return library;
    }

    public StoreConnection Store => new(Provider, ConnectionString);

    public StoryDbContext OpenContext() => StoryDbContextOptions.CreateContext(Store);

    /// <summary>The daily context on this library's store (to set schedules up and read posts back).</summary>
    public DailyDbContext OpenDailyContext()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new DbContextOptionsBuilder<DailyDbContext>();
            DailyDatabase.Configure(sqlite, ConnectionString);
            return new DailyDbContext(sqlite.Options);
        }

        var options = new DbContextOptionsBuilder<PostgresDailyDbContext>();
        options.UseStore(Store, DailyDbContext.MigrationsHistoryTable);
        return new PostgresDailyDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            await PostgresTestServer.DropDatabaseAsync(ConnectionString);
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform; temp space is cleaned by the OS.
        }
    }

    /// <summary>The template every PostgreSQL library is copied from: the three contexts migrated, nothing seeded.</summary>
    private static async Task MigratePostgresAsync(string connectionString)
    {
        var store = new StoreConnection(DatabaseProvider.Postgres, connectionString);
        await using (var stories = StoryDbContextOptions.CreateContext(store))
        {
            await stories.Database.MigrateAsync();
        }

        var trivia = new DbContextOptionsBuilder<PostgresTriviaDbContext>();
        trivia.UseStore(store, TriviaDbContext.MigrationsHistoryTable);
        await using (var context = new PostgresTriviaDbContext(trivia.Options))
        {
            await context.Database.MigrateAsync();
        }

        var daily = new DbContextOptionsBuilder<PostgresDailyDbContext>();
        daily.UseStore(store, DailyDbContext.MigrationsHistoryTable);
        await using (var context = new PostgresDailyDbContext(daily.Options))
        {
            await context.Database.MigrateAsync();
        }
    }

    private static async Task SeedAsync(StoryDbContext db)
    {
        var safe = new Story { Slug = SafeSlug, Title = SafeTitle, Author = "Kitsune Writer", Rating = Rating.Teen, Summary = "Naruto gets a *second* chance." };
        var mature = new Story { Slug = MatureSlug, Title = MatureTitle, Author = "Night Owl", Rating = Rating.Mature, Summary = "Not for everyone." };
        db.Stories.AddRange(safe, mature);
        var naruto = new Character { Name = "Naruto Uzumaki", Story = safe };
        naruto.Aliases.Add(new CharacterAlias { Alias = "Naruto" });
        var sakura = new Character { Name = "Sakura Haruno", Story = safe };
        var itachi = new Character { Name = "Itachi Uchiha", Story = mature };
        db.Characters.AddRange(naruto, sakura, itachi);

        var pending = new List<(Paragraph Paragraph, Character Speaker)>();
        pending.AddRange(AddChapter(db, safe, 1, "The Return", "leaf-village-tales-01.txt",
        [
            "The village gates stood open in the morning light.",
            "\"I'm back, believe it!\" Naruto shouted, waving at the guards.",
            "Sakura ran toward him. \"You idiot, where were you?\"",
            "He grinned and rubbed the back of his head.",
            "The ramen stand was the first place they went. Ichiraku smelled exactly the same.",
            "*Nothing* had changed, and @everyone in the village seemed to know it.",
        ], (1, naruto), (2, sakura)));
        pending.AddRange(AddChapter(db, safe, 2, "Training", "leaf-village-tales-02.txt",
        [
            "Training began at dawn on the third field.",
            "\"Again,\" Sakura said. \"Your stance is wrong.\"",
            "Naruto fell for the tenth time and laughed.",
        ], (1, sakura), (2, naruto)));
        pending.AddRange(AddChapter(db, mature, 1, "Blood Moon", "dark-paths-01.txt",
        [
            "The moon was red over the Uchiha district.",
            "\"Foolish little brother,\" Itachi whispered.",
        ], (1, itachi)));
        await db.SaveChangesAsync();
        foreach (var (paragraph, speaker) in pending)
        {
            var start = paragraph.Text.IndexOf('"', StringComparison.Ordinal);
            var end = paragraph.Text.IndexOf('"', start + 1);
            db.DialogueLines.Add(new DialogueLine
            {
                ParagraphId = paragraph.Id, ChapterId = paragraph.ChapterId, Text = start < 0 ? paragraph.Text : paragraph.Text[(start + 1)..end],
                SpeakerId = speaker.Id, Start = Math.Max(0, start), End = end + 1, Confidence = 0.9, Kind = DialogueKind.Speech,
            });
        }

        await db.SaveChangesAsync();
    }

    private static List<(Paragraph, Character)> AddChapter(StoryDbContext db, Story story, int number, string title, string file, string[] paragraphs, params (int Paragraph, Character Speaker)[] lines)
    {
        var chapter = new Chapter
        {
            Story = story, Number = number, Title = title, SourcePath = "/seeds/" + file, FileName = file,
            ContentHash = new string('0', 64), EncodingName = "utf-8", ParagraphCount = paragraphs.Length, SceneCount = 1,
            WordCount = paragraphs.Sum(p => p.Split(' ').Length),
        };
        var scene = new Scene { Chapter = chapter, Index = 0 };
        db.Chapters.Add(chapter);
        db.Scenes.Add(scene);
        var entities = paragraphs.Select((text, index) => new Paragraph
        {
            Chapter = chapter, Scene = scene, Index = index, Text = text, Start = index * 100, Length = text.Length, WordCount = text.Split(' ').Length,
        }).ToList();
        db.Paragraphs.AddRange(entities);
        return [.. lines.Select(line => (entities[line.Paragraph], line.Speaker))];
    }
}
