using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using StoryBot.Data;
using StoryBot.Data.Import;
using StoryBot.Data.Storage;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Cli;

/// <summary>Two imports into one SQLite file at once: this process bulk-loads, a second StoryBot process imports meanwhile.</summary>
public sealed class ConcurrentImportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storybot-concurrent-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [Fact]
    public async Task ImportAsync_SecondProcessImportsDuringABulkLoad_EveryParagraphIsIndexed()
    {
        string connectionString = UnpooledSqlite.ConnectionString(Path.Combine(_folder, "lib.db"));
        var contexts = new PooledDbContextFactory<StoryDbContext>(StoryDbContextOptions.Create(connectionString));
        await new StoryDatabase(contexts, NullLogger<StoryDatabase>.Instance).MigrateAsync(CancellationToken.None);
        string big = Write("big", "Bulk", 6, "kookaburra");
        string other = Write("other", "Other", 2, "cassowary");
        string? secondLog = null;
        int? secondExit = null;
        var options = ImportOptions.Default with
        {
            // A bulk load (paused triggers, index written by the loader) committed file by file, so the second process
            // starts between two of its commits, when the first holds no SQLite lock.
            DeferSearchIndexBytes = 1,
            BatchBytes = 1,
            Parallelism = 1,
            Progress = new AfterFirstCommit(() => (secondLog, secondExit) = StartSecondImport(connectionString, other)),
        };

        ImportReport first = await new StoryImporter(contexts, TimeProvider.System, NullLogger<StoryImporter>.Instance)
            .ImportAsync([big], options, CancellationToken.None);

        Assert.Equal(6, first.Imported);
        Assert.NotNull(secondLog);
        (string log, int exit) = secondExit is int done ? (secondLog!, done) : await FinishSecondImportAsync();
        Assert.True(exit == 0, log);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        Assert.Equal(8L, Scalar(connection, "SELECT count(*) FROM Chapters"));
        Assert.Equal(Scalar(connection, "SELECT count(*) FROM Paragraphs"), Scalar(connection, "SELECT count(*) FROM ParagraphSearch_docsize"));
        Assert.Equal(2L * 3, Scalar(connection, "SELECT count(*) FROM ParagraphSearch WHERE ParagraphSearch MATCH 'cassowary'"));
        Assert.Equal(6L * 3, Scalar(connection, "SELECT count(*) FROM ParagraphSearch WHERE ParagraphSearch MATCH 'kookaburra'"));
        Scalar(connection, "INSERT INTO ParagraphSearch(ParagraphSearch, rank) VALUES ('integrity-check', 1); SELECT 0");
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private Process? _second;
    private readonly System.Text.StringBuilder _secondOutput = new();

    /// <summary>
    /// Starts <c>StoryBot import</c> on the same file and returns once it has finished or says it waits for this import
    /// (it must not write between our batches). Returns the log so far and the exit code if it has ended.
    /// </summary>
    private (string Log, int? Exit) StartSecondImport(string connectionString, string folder)
    {
        string dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            ArgumentList = { "exec", Path.Combine(AppContext.BaseDirectory, "StoryBot.dll"), "import", folder },
            Environment =
            {
                ["ConnectionStrings__Stories"] = connectionString,
                ["Stories__ImportOnStart"] = "false",
            },
        };
        _second = Process.Start(start)!;
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _second.ErrorDataReceived += (_, line) => Append(line.Data, waiting);
        _second.OutputDataReceived += (_, line) => Append(line.Data, waiting);
        _second.BeginErrorReadLine();
        _second.BeginOutputReadLine();
        Task.WaitAny(waiting.Task, _second.WaitForExitAsync());
        lock (_secondOutput)
        {
            return (_secondOutput.ToString(), _second.HasExited ? _second.ExitCode : null);
        }
    }

    private async Task<(string Log, int Exit)> FinishSecondImportAsync()
    {
        await _second!.WaitForExitAsync();
        lock (_secondOutput)
        {
            return (_secondOutput.ToString(), _second.ExitCode);
        }
    }

    private void Append(string? line, TaskCompletionSource waiting)
    {
        if (line is null)
        {
            return;
        }

        lock (_secondOutput)
        {
            _secondOutput.AppendLine(line);
        }

        if (line.Contains("Waiting for another import", StringComparison.Ordinal))
        {
            waiting.TrySetResult();
        }
    }

    private string Write(string name, string story, int chapters, string word)
    {
        string folder = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        for (int i = 1; i <= chapters; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"{i:00}.txt"),
                $"Title: {story}\nAuthor: Tester\nChapter {i}: Part {i}\n\nThe {word} ran at dawn in part {i}.\n\n" +
                $"A {word} rested at noon.\n\nAt dusk the {word} slept.\n");
        }

        return folder;
    }

    private sealed class AfterFirstCommit(Action action) : IProgress<ImportProgress>
    {
        private bool done;

        public void Report(ImportProgress value)
        {
            if (!done && value.FilesCommitted >= 1 && value.FilesCommitted < value.FilesTotal)
            {
                done = true;
                action();
            }
        }
    }
}
