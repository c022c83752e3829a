using System.CommandLine;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StoryBot.Daily.Persistence;
using StoryBot.Daily.Persistence.Postgres;
using StoryBot.Data;
using StoryBot.Data.Storage;
using StoryBot.Trivia.Persistence;
using StoryBot.Trivia.Persistence.Postgres;

namespace StoryBot.Cli;

/// <summary>
/// <c>migrate --from &lt;storybot.db&gt;</c>: copies an existing SQLite store — stories (with every parsed row and the
/// characters), trivia games and scores, daily schedules and history — into the configured PostgreSQL store
/// (<c>Database:Provider=Postgres</c>, <c>ConnectionStrings:Stories</c>), which must be empty. The SQLite file is first
/// brought up to date (its own migrations), then every table is copied with its ids.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create(IReadOnlyList<string> settings)
    {
        var from = new Option<string>("--from") { Description = "The SQLite database file to copy (e.g. storybot.db).", Required = true };
        var command = new Command("migrate", "Copy a SQLite database (stories, trivia scores, daily history) into the configured PostgreSQL store.") { from };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string file = CliServices.ResolveUserPath(parse.GetValue(from)!);
            if (!File.Exists(file))
            {
                await Console.Error.WriteLineAsync($"migrate: no SQLite database at {file}").ConfigureAwait(false);
                return 2;
            }

            // The target is migrated but gets no seeds: it must be empty for the copy.
            await using CliServices? cli = await CliServices.StartAsync([.. settings, "--Stories:ImportOnStart=false"], cancellationToken).ConfigureAwait(false);
            if (cli is null)
            {
                return 2;
            }

            var target = cli.Services.GetRequiredService<StoreConnection>();
            if (!target.IsPostgres)
            {
                await Console.Error.WriteLineAsync(
                    "migrate copies into PostgreSQL: set Database__Provider=Postgres and ConnectionStrings__Stories to the server first.").ConfigureAwait(false);
                return 2;
            }

            var source = new StoreConnection(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
            return await CopyAsync(source, target, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> CopyAsync(StoreConnection source, StoreConnection target, CancellationToken cancellationToken)
    {
        var sourceStories = new StoryContextFactory(source);
        var targetStories = new StoryContextFactory(target);
        await new StoryDatabase(sourceStories, NullLogger<StoryDatabase>.Instance).MigrateAsync(cancellationToken).ConfigureAwait(false);
        Func<TriviaDbContext> sourceTrivia = () => Trivia(source);
        Func<TriviaDbContext> targetTrivia = () => Trivia(target);
        Func<DailyDbContext> sourceDaily = () => Daily(source);
        Func<DailyDbContext> targetDaily = () => Daily(target);
        foreach (Func<DbContext> open in new Func<DbContext>[] { sourceTrivia, targetTrivia, sourceDaily, targetDaily })
        {
            await using DbContext context = open();
            await MigrationState.MigrateIfNeededAsync(context, cancellationToken).ConfigureAwait(false);
        }

        foreach (Func<DbContext> open in new Func<DbContext>[] { targetStories.CreateDbContext, targetTrivia, targetDaily })
        {
            await using DbContext context = open();
            if (!await StoreCopier.IsEmptyAsync(context, cancellationToken).ConfigureAwait(false))
            {
                await Console.Error.WriteLineAsync(
                    $"migrate: {target.Describe()} already holds data; migrate into an empty database (nothing was copied).").ConfigureAwait(false);
                return 1;
            }
        }

        var copied = new List<(string Table, long Rows)>();
        copied.AddRange(await StoreCopier.CopyAsync<StoryDbContext>(sourceStories.CreateDbContext, targetStories.CreateDbContext, cancellationToken).ConfigureAwait(false));
        copied.AddRange(await StoreCopier.CopyAsync(sourceTrivia, targetTrivia, cancellationToken).ConfigureAwait(false));
        copied.AddRange(await StoreCopier.CopyAsync(sourceDaily, targetDaily, cancellationToken).ConfigureAwait(false));
        foreach (var (table, rows) in copied)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table}: {rows:N0} rows"));
        }

        Console.WriteLine($"Copied into {target.Describe()}. Start the bot with Database__Provider=Postgres.");
        return 0;
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
