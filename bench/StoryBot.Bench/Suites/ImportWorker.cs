using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Bench.Measurement;
using StoryBot.Data.Import;
using StoryBot.Data.Storage;

namespace StoryBot.Bench.Suites;

/// <summary>
/// <c>child-import &lt;archive&gt; &lt;database&gt;</c>: runs inside a fresh process so its peak working set and GC counts
/// belong to the import alone. Migrates an empty database (timed apart), imports the archive through the product's
/// <see cref="IStoryImporter"/> with default options, and prints an <see cref="ImportRun"/> as JSON.
/// </summary>
public static class ImportWorker
{
    public static async Task<int> RunAsync(string archive, string database, CancellationToken cancellationToken)
    {
        foreach (string file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        await using ServiceProvider services = StoreServices.Build(database, archive);
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        await services.GetRequiredService<StoryDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        TimeSpan migrate = System.Diagnostics.Stopwatch.GetElapsedTime(started);

        GcSnapshot before = GcSnapshot.Now();
        TimeSpan jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        long jitMethodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        started = System.Diagnostics.Stopwatch.GetTimestamp();
        var clock = CpuClock.Start();
        ImportReport report = await services.GetRequiredService<IStoryImporter>().ImportAsync([archive], cancellationToken).ConfigureAwait(false);
        TimeSpan elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        TimeSpan cpu = clock.CpuUsed;
        GcSnapshot gc = GcSnapshot.Now().Since(before);
        TimeSpan jit = System.Runtime.JitInfo.GetCompilationTime() - jitBefore;
        long jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethodsBefore;
        long peak = ProcessMemory.PeakWorkingSet();

        var (paragraphs, lines, attributed) = Count(database);
        var run = new ImportRun
        {
            Seconds = elapsed.TotalSeconds,
            CpuSeconds = cpu.TotalSeconds,
            MigrateSeconds = migrate.TotalSeconds,
            Bytes = report.BytesImported,
            Imported = report.Imported,
            Failed = report.Failed,
            Paragraphs = paragraphs,
            DialogueLines = lines,
            AttributedLines = attributed,
            DatabaseBytes = new FileInfo(database).Length + (File.Exists(database + "-wal") ? new FileInfo(database + "-wal").Length : 0),
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

    private static (long Paragraphs, long Lines, long Attributed) Count(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        return (Scalar(connection, "SELECT count(*) FROM Paragraphs"), Scalar(connection, "SELECT count(*) FROM DialogueLines"),
            Scalar(connection, "SELECT count(*) FROM DialogueLines WHERE SpeakerId IS NOT NULL"));
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
