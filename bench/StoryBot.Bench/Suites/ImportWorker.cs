using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StoryBot.Bench.Measurement;
using StoryBot.Data;
using StoryBot.Data.Import;
using StoryBot.Data.Storage;

namespace StoryBot.Bench.Suites;

/// <summary>
/// <c>child-import &lt;Sqlite|Postgres&gt; &lt;connection string&gt; &lt;content root&gt; &lt;path&gt;…</c>: runs inside a fresh process so
/// its peak working set and GC counts belong to the import alone. Migrates the store (timed apart; a no-op on a store
/// that already holds the other corpus), imports the paths through the product's <see cref="IStoryImporter"/> with
/// default options, and prints an <see cref="ImportRun"/> as JSON. On PostgreSQL the server backends' CPU is added.
/// </summary>
public static class ImportWorker
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var provider = Enum.Parse<DatabaseProvider>(args[0], ignoreCase: true);
        string connectionString = args[1];
        string contentRoot = args[2];
        string[] paths = [.. args.Skip(3)];

        await using ServiceProvider services = StoreServices.Build(provider, connectionString, contentRoot);
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        await services.GetRequiredService<StoryDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        TimeSpan migrate = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var (paragraphsBefore, linesBefore, attributedBefore) = await CountAsync(services, cancellationToken).ConfigureAwait(false);

        await using NpgsqlConnection? observer = provider == DatabaseProvider.Postgres ? new NpgsqlConnection(connectionString) : null;
        ServerCpu? serverBefore = null;
        if (observer is not null)
        {
            await observer.OpenAsync(cancellationToken).ConfigureAwait(false);
            serverBefore = await ServerCpu.SnapshotAsync(observer, cancellationToken).ConfigureAwait(false);
        }

        GcSnapshot before = GcSnapshot.Now();
        TimeSpan jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        long jitMethodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        started = System.Diagnostics.Stopwatch.GetTimestamp();
        var clock = CpuClock.Start();
        ImportReport report = await services.GetRequiredService<IStoryImporter>().ImportAsync(paths, cancellationToken).ConfigureAwait(false);
        TimeSpan elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        TimeSpan cpu = clock.CpuUsed;
        TimeSpan serverCpu = observer is not null
            ? (await ServerCpu.SnapshotAsync(observer, cancellationToken).ConfigureAwait(false)).Since(serverBefore!)
            : TimeSpan.Zero;
        GcSnapshot gc = GcSnapshot.Now().Since(before);
        TimeSpan jit = System.Runtime.JitInfo.GetCompilationTime() - jitBefore;
        long jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethodsBefore;
        long peak = ProcessMemory.PeakWorkingSet();

        var (paragraphs, lines, attributed) = await CountAsync(services, cancellationToken).ConfigureAwait(false);
        var run = new ImportRun
        {
            Seconds = elapsed.TotalSeconds,
            CpuSeconds = cpu.TotalSeconds,
            ServerCpuSeconds = serverCpu.TotalSeconds,
            MigrateSeconds = migrate.TotalSeconds,
            Bytes = report.BytesImported,
            Imported = report.Imported,
            Failed = report.Failed,
            Paragraphs = paragraphs - paragraphsBefore,
            DialogueLines = lines - linesBefore,
            AttributedLines = attributed - attributedBefore,
            ParagraphsBefore = paragraphsBefore,
            DatabaseBytes = await SizeAsync(services, provider, connectionString, cancellationToken).ConfigureAwait(false),
            PeakWorkingSet = peak,
            Gen0 = gc.Gen0,
            Gen1 = gc.Gen1,
            Gen2 = gc.Gen2,
            AllocatedBytes = gc.AllocatedBytes,
            GcPauseMilliseconds = gc.Paused.TotalMilliseconds,
            JitMilliseconds = jit.TotalMilliseconds,
            JitMethods = jitMethods,
            Summary = report.Summary,
            LohThreshold = GC.GetConfigurationVariables().TryGetValue("LOHThreshold", out object? loh) ? Convert.ToString(loh, System.Globalization.CultureInfo.InvariantCulture) : null,
            FirstFailure = report.Failures.FirstOrDefault()?.Reason,
        };
        Console.WriteLine(JsonSerializer.Serialize(run));
        return 0;
    }

    private static async Task<(long Paragraphs, long Lines, long Attributed)> CountAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        StoryDbContext db = scope.ServiceProvider.GetRequiredService<StoryDbContext>();
        return (await db.Paragraphs.IgnoreQueryFilters().LongCountAsync(cancellationToken).ConfigureAwait(false),
            await db.DialogueLines.IgnoreQueryFilters().LongCountAsync(cancellationToken).ConfigureAwait(false),
            await db.DialogueLines.IgnoreQueryFilters().LongCountAsync(l => l.SpeakerId != null, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<long> SizeAsync(IServiceProvider services, DatabaseProvider provider, string connectionString, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        string file = services.GetRequiredService<StoreConnection>().ConnectionString;
        string path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(file).DataSource;
        return new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
    }
}
