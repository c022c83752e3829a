using Microsoft.Extensions.Logging;
using StoryBot.Data.Import;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Import;

public sealed class ImportReportTests
{
    [Fact]
    public void Summary_ReplacedAndMovedFiles_AreCountedUnderTheirOwnNames()
    {
        var report = new ImportReport(
        [
            new ImportFileResult("a", ImportOutcome.Imported),
            new ImportFileResult("b", ImportOutcome.Replaced),
            new ImportFileResult("c", ImportOutcome.Moved),
            new ImportFileResult("d", ImportOutcome.Skipped),
        ], [], TimeSpan.FromSeconds(1));

        Assert.StartsWith("1 imported, 1 replaced, 1 moved, 1 skipped, 0 failed, 0 pruned", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_BadFile_IsNotLoggedByTheImporter()
    {
        await using var store = await TestStore.CreateAsync();
        store.Write("good.txt", Chapters.Text("Logs", 1, "A magpie swooped."));
        store.WriteBytes("empty.txt", []);
        var log = new ListLogger();
        var importer = new StoryImporter(store.Contexts, store.Time, log);

        ImportReport report = await importer.ImportAsync([store.Files], CancellationToken.None);

        // The caller shows the failure (the command line prints it, the host's initializer logs it): said once.
        Assert.Single(report.Failures);
        Assert.DoesNotContain(log.Lines, line => line.Contains("empty.txt", StringComparison.Ordinal));
        Assert.Single(log.Lines, line => line.Contains("1 failed", StringComparison.Ordinal));
    }

    private sealed class ListLogger : ILogger<StoryImporter>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
