using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console;
using StoryBot.Cli;
using StoryBot.Data.Import;

namespace StoryBot.Tests.Cli;

public sealed class ImportProgressTests
{
    [Fact]
    public void Report_NoTerminal_WritesOneLineEveryIntervalWithFilesAndBytes()
    {
        var clock = new FakeTimeProvider();
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var lines = new ImportProgressLines(output, clock);

        lines.Report(new ImportProgress(1, 5526, 20_000, 100_000_000, 0));
        clock.Advance(ImportProgressLines.Interval);
        lines.Report(new ImportProgress(1204, 5526, 21_900_000, 100_000_000, 1000));
        clock.Advance(ImportProgressLines.Interval / 2);
        lines.Report(new ImportProgress(1300, 5526, 23_000_000, 100_000_000, 1000));

        string line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("import: 1,204 of 5,526 files, 21.9 of 100.0 MB (22%) after 10 s", line.TrimEnd('\r').Replace(" %", "%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_Terminal_DrawsABarThatEndsComplete()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            Out = new TerminalOutput(output),
        });

        int result = await ImportProgressBar.RunAsync(console, progress =>
        {
            progress.Report(new ImportProgress(2, 4, 50, 100, 2));
            progress.Report(new ImportProgress(4, 4, 100, 100, 4));
            return Task.FromResult(42);
        });

        Assert.Equal(42, result);
        Assert.Contains("import 4/4 files", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("100%", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_WithProgress_ReportsEveryFileAndEndsWithAllCommitted()
    {
        string folder = Directory.CreateTempSubdirectory("storybot-progress-").FullName;
        try
        {
            for (int i = 1; i <= 3; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, $"{i}.txt"), $"Title: Progress\nChapter {i}: Part {i}\n\nA lorikeet flew {i} times.\n");
            }

            await using var library = await Support.TestLibrary.CreateAsync(seed: false);
            var contexts = new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<StoryBot.Data.StoryDbContext>(
                StoryBot.Data.Storage.StoryDbContextOptions.Create(library.ConnectionString));
            var seen = new List<ImportProgress>();
            var importer = new StoryImporter(contexts, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<StoryImporter>.Instance);

            await importer.ImportAsync([folder], ImportOptions.Default with { Progress = new Collect(seen) }, CancellationToken.None);

            Assert.Equal([1, 2, 3], seen.Select(p => p.FilesDone).Distinct());
            Assert.All(seen, p => Assert.Equal(3, p.FilesTotal));
            ImportProgress last = seen[^1];
            Assert.Equal(3, last.FilesCommitted);
            Assert.Equal(last.BytesTotal, last.BytesDone);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A terminal as Spectre sees one (a TTY of 80 × 24), writing into a string.</summary>
    private sealed class TerminalOutput(TextWriter writer) : IAnsiConsoleOutput
    {
        public TextWriter Writer => writer;

        public bool IsTerminal => true;

        public int Width => 80;

        public int Height => 24;

        public void SetEncoding(System.Text.Encoding encoding)
        {
        }
    }

    private sealed class Collect(List<ImportProgress> seen) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => seen.Add(value);
    }
}
