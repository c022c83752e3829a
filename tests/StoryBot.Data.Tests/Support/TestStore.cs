using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using StoryBot.Data.Import;
using StoryBot.Data.Storage;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Support;

/// <summary>
/// A real store, migrated, with the importer and a folder for chapter files: a SQLite file in a temp folder, or a fresh
/// PostgreSQL database on the test server (<see cref="PostgresTestServer"/>), dropped at the end.
/// </summary>
internal sealed class TestStore : IAsyncDisposable
{
    private TestStore(string root, DatabaseProvider provider, string? postgres)
    {
        Root = root;
        Provider = provider;
        Files = Directory.CreateDirectory(Path.Combine(root, "stories")).FullName;
        ConnectionString = postgres ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(root, "test.db"), Pooling = false }.ToString();
        Contexts = new StoryContextFactory(new StoreConnection(provider, ConnectionString));
        Importer = new StoryImporter(Contexts, Time, NullLogger<StoryImporter>.Instance);
        Database = new StoryDatabase(Contexts, NullLogger<StoryDatabase>.Instance);
    }

    public string Root { get; }

    /// <summary>The folder tests drop chapter files into.</summary>
    public string Files { get; }

    public string ConnectionString { get; }

    /// <summary>Sunday 22 November 2026, 12:00 UTC, the clock the stamp tests were written against.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    public DatabaseProvider Provider { get; }

    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;

    public StoryContextFactory Contexts { get; }

    public StoryImporter Importer { get; }

    public StoryDatabase Database { get; }

    public static async Task<TestStore> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        string root = Directory.CreateTempSubdirectory("storybot-data-").FullName;
        if (provider == DatabaseProvider.Sqlite)
        {
            var store = new TestStore(root, provider, null);
            await store.Database.MigrateAsync(CancellationToken.None);
            return store;
        }

        string database = await PostgresTestServer.CreateDatabaseAsync("story", connectionString =>
            new StoryDatabase(new StoryContextFactory(new StoreConnection(provider, connectionString)), NullLogger<StoryDatabase>.Instance)
                .MigrateAsync(CancellationToken.None));
        return new TestStore(root, provider, database);
    }

    public StoryDbContext Context() => Contexts.CreateDbContext();

    public string Write(string name, string text) => WriteBytes(name, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        string path = Path.Combine(Files, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string CopySeeds()
    {
        foreach (string seed in Directory.GetFiles(Seeds.Folder))
        {
            File.Copy(seed, Path.Combine(Files, Path.GetFileName(seed)), overwrite: true);
        }

        return Files;
    }

    public Task<ImportReport> ImportAsync(ImportOptions? options = null) =>
        Importer.ImportAsync([Files], options ?? ImportOptions.Default, CancellationToken.None);

    /// <summary>FTS5's own check that the index matches the Paragraphs table; throws if not (PostgreSQL: every row has its vector).</summary>
    public async Task AssertSearchIndexInStepAsync()
    {
        await using var db = Context();
        if (!IsSqlite)
        {
            Assert.Equal(0, await Scalar(db, "SELECT count(*) FROM \"Paragraphs\" WHERE \"SearchVector\" IS NULL"));
            return;
        }

        // rank 1: also compare the index with the Paragraphs rows (without it FTS5 checks only the index's own structure).
        await db.Database.ExecuteSqlRawAsync("INSERT INTO ParagraphSearch(ParagraphSearch, rank) VALUES ('integrity-check', 1);");
        long indexed = await Scalar(db, "SELECT count(*) FROM ParagraphSearch_docsize");
        long paragraphs = await Scalar(db, "SELECT count(*) FROM Paragraphs");
        Assert.Equal(paragraphs, indexed);
    }

    public static async Task<long> Scalar(StoryDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (!IsSqlite)
        {
            await PostgresTestServer.DropDatabaseAsync(ConnectionString);
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }

    }
}
