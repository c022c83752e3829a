using Microsoft.EntityFrameworkCore;
using StoryBot.Cli;
using StoryBot.Daily.Persistence;
using StoryBot.Daily.Persistence.Postgres;
using StoryBot.Data;
using StoryBot.Data.Entities;
using StoryBot.Data.Libraries;
using StoryBot.Data.Search;
using StoryBot.Data.Storage;
using StoryBot.Trivia.Persistence;
using StoryBot.Trivia.Persistence.Postgres;
using StoryBot.Tests.Libraries.Support;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Cli;

/// <summary>
/// <c>migrate --from &lt;sqlite file&gt;</c> into a fresh PostgreSQL database: the shared library and a server's library
/// (with its settings), trivia games and scores, daily schedules and history all arrive, search works there with the
/// libraries kept apart, and a second run refuses (the target holds data) and changes nothing.
/// </summary>
[Collection(StoryBot.Tests.Hosting.ConsoleErrorCollection.Name)]
public sealed class MigrateCommandPostgresTests : IPostgresTests
{
    private const ulong Guild = 7001;

    [StoreFact]
    public async Task Migrate_FromSqlite_CopiesEverythingSearchWorksAndRerunRefuses()
    {
        await using var source = await TestLibrary.CreateAsync();
        await FillAsync(source);
        var sqlite = new StoreConnection(DatabaseProvider.Sqlite, source.ConnectionString);
        string target = await PostgresTestServer.CreateDatabaseAsync("empty", static _ => Task.CompletedTask);
        try
        {
            var postgres = new StoreConnection(DatabaseProvider.Postgres, target);
            int first = await MigrateAsync(source.DatabasePath, target);
            var expected = await CountsAsync(sqlite);
            var arrived = await CountsAsync(postgres);
            int second = await MigrateAsync(source.DatabasePath, target);
            var afterRerun = await CountsAsync(postgres);

            Assert.True(first == 0, Diagnostics.ToString());
            Assert.Equal(expected, arrived);
            Assert.All(arrived, count => Assert.True(count.Value > 0, $"{count.Key}: nothing copied"));
            Assert.Equal(1, second);
            Assert.Contains("already holds data", Diagnostics.ToString(), StringComparison.Ordinal);
            Assert.Equal(arrived, afterRerun);

            await using var db = StoryDbContextOptions.CreateContext(postgres);
            var moonGarden = await db.Stories.IgnoreQueryFilters().SingleAsync(s => s.Slug == GuildStories.Slug);
            Assert.Equal(Guild, moonGarden.GuildId);
            Assert.True((await db.GuildLibraries.SingleAsync(g => g.GuildId == Guild)).HideShared);

            db.UseLibrary(LibraryScope.ForGuild(Guild));
            var inGuild = await StorySearches.For(db).SearchAsync(GuildStories.Word, 5, null, CancellationToken.None);
            var sharedInGuild = await StorySearches.For(db).SearchAsync("ramen", 5, null, CancellationToken.None);
            db.UseLibrary(LibraryScope.SharedOnly);
            var guildWordShared = await StorySearches.For(db).SearchAsync(GuildStories.Word, 5, null, CancellationToken.None);
            Assert.Contains(inGuild.Hits, h => h.StoryTitle == GuildStories.Title);
            Assert.Contains(sharedInGuild.Hits, h => h.StoryTitle == TestLibrary.SafeTitle);
            Assert.Empty(guildWordShared.Hits);
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(target);
        }
    }

    private static readonly StringWriter Diagnostics = new(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<int> MigrateAsync(string file, string target)
    {
        var previous = Console.Error;
        Console.SetError(Diagnostics);
        try
        {
            return await StoryBotCommandLine.Parse(["migrate", "--from", file, $"--ConnectionStrings:Stories={target}", "--Database:Provider=Postgres"])
                .InvokeAsync(StoryBotCommandLine.Invocation);
        }
        finally
        {
            Console.SetError(previous);
        }
    }

    /// <summary>A server's library with its settings, one finished trivia game with a scored answer, a daily schedule and a post.</summary>
    private static async Task FillAsync(TestLibrary library)
    {
        await using (var db = library.OpenContext())
        {
            await GuildStories.AddMoonGardenAsync(db, Guild);
            db.GuildLibraries.Add(new GuildLibrary { GuildId = Guild, HideShared = true, CharactersJson = """{"characters":[{"name":"Orla Vance"}]}""" });
            await db.SaveChangesAsync();
        }

        var store = new StoreConnection(DatabaseProvider.Sqlite, library.ConnectionString);
        DateTime at = new(2026, 11, 20, 18, 0, 0, DateTimeKind.Utc);
        await using (var trivia = Trivia(store))
        {
            await trivia.Database.MigrateAsync();
            var game = new TriviaGameRecord { GuildId = Guild, ChannelId = 7101, StarterId = 42, StarterName = "Reader", Rounds = 1, StartedAt = at, EndedAt = at.AddMinutes(1) };
            var round = new TriviaRoundRecord { Game = game, Number = 1, GuildId = Guild, ChannelId = 7101, QuestionKey = "who:1", StoryId = 1, AskedAt = at, ClosedAt = at.AddSeconds(20) };
            round.Answers.Add(new TriviaAnswerRecord
            {
                Round = round, GuildId = Guild, UserId = 42, UserName = "Reader", Choice = 1, Correct = true, ElapsedMilliseconds = 3000, Points = 900,
                StreakAfter = 1, AnsweredAt = at.AddSeconds(3),
            });
            game.RoundRecords.Add(round);
            trivia.Games.Add(game);
            await trivia.SaveChangesAsync();
            foreach (var answer in round.Answers)
            {
                answer.GameId = game.Id;
            }

            await trivia.SaveChangesAsync();
        }

        await using var daily = Daily(store);
        await daily.Database.MigrateAsync();
        daily.Schedules.Add(new DailySchedule { GuildId = Guild, ChannelId = 7101, TimeZone = "Europe/Paris", ActiveSince = at, UpdatedBy = 42, UpdatedAt = at });
        daily.Posts.Add(new DailyPost
        {
            GuildId = Guild, LocalDate = "2026-11-20", ChannelId = 7101, ChapterId = 1, ChapterKey = "1", Cycle = 1, Nonce = "n1", ClaimedAt = at,
            Attempts = 1, MessageId = 9001, SentAt = at,
        });
        await daily.SaveChangesAsync();
    }

    private static async Task<Dictionary<string, long>> CountsAsync(StoreConnection store)
    {
        await using var db = StoryDbContextOptions.CreateContext(store);
        await using var trivia = Trivia(store);
        await using var daily = Daily(store);
        return new Dictionary<string, long>
        {
            ["stories"] = await db.Stories.IgnoreQueryFilters().CountAsync(),
            ["server stories"] = await db.Stories.IgnoreQueryFilters().CountAsync(s => s.GuildId == Guild),
            ["chapters"] = await db.Chapters.IgnoreQueryFilters().CountAsync(),
            ["paragraphs"] = await db.Paragraphs.IgnoreQueryFilters().CountAsync(),
            ["lines"] = await db.DialogueLines.IgnoreQueryFilters().CountAsync(),
            ["characters"] = await db.Characters.IgnoreQueryFilters().CountAsync(),
            ["server libraries"] = await db.GuildLibraries.CountAsync(),
            ["trivia games"] = await trivia.Games.CountAsync(),
            ["trivia points"] = await trivia.Answers.SumAsync(a => (long)a.Points),
            ["daily schedules"] = await daily.Schedules.CountAsync(),
            ["daily posts"] = await daily.Posts.CountAsync(),
        };
    }

    private static TriviaDbContext Trivia(StoreConnection store)
    {
        if (store.IsPostgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresTriviaDbContext>();
            postgres.UseStore(store, TriviaDbContext.MigrationsHistoryTable);
            return new PostgresTriviaDbContext(postgres.Options);
        }

        var sqlite = new DbContextOptionsBuilder<TriviaDbContext>();
        sqlite.UseStore(store, TriviaDbContext.MigrationsHistoryTable);
        return new TriviaDbContext(sqlite.Options);
    }

    private static DailyDbContext Daily(StoreConnection store)
    {
        if (store.IsPostgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresDailyDbContext>();
            postgres.UseStore(store, DailyDbContext.MigrationsHistoryTable);
            return new PostgresDailyDbContext(postgres.Options);
        }

        var sqlite = new DbContextOptionsBuilder<DailyDbContext>();
        sqlite.UseStore(store, DailyDbContext.MigrationsHistoryTable);
        return new DailyDbContext(sqlite.Options);
    }
}
