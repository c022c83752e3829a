namespace StoryBot.Data.Import;

/// <summary>The writer's running totals for <see cref="ImportOptions.Progress"/> (nothing is counted when no one listens).</summary>
/// <param name="resultsBefore">Results listed before the first file (paths not found), left out of the counts.</param>
internal sealed class ProgressCounter(IProgress<ImportProgress>? listener, int filesTotal, long bytesTotal, int resultsBefore)
{
    private int filesDone;
    private long bytesDone;
    private int committed;

    public void FileDone(long bytes)
    {
        filesDone++;
        bytesDone += bytes;
    }

    /// <param name="results">Every result listed so far, all of them committed now.</param>
    public void Committed(int results)
    {
        committed = results - resultsBefore;
        Report();
    }

    public void Report() => listener?.Report(new ImportProgress(filesDone, filesTotal, Math.Min(bytesDone, bytesTotal), bytesTotal, committed));
}
