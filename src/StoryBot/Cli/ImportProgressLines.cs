using System.Globalization;
using StoryBot.Data.Import;

namespace StoryBot.Cli;

/// <summary>
/// Progress of a long import where no terminal shows a bar (output redirected, a container log): one line every
/// <see cref="Interval"/>, so a log shows the import is alive and how far it got.
/// </summary>
internal sealed class ImportProgressLines(TextWriter output, TimeProvider time) : IProgress<ImportProgress>
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly long started = time.GetTimestamp();
    private TimeSpan next = Interval;

    public void Report(ImportProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        TimeSpan elapsed = time.GetElapsedTime(started);
        if (elapsed < next)
        {
            return;
        }

        next = elapsed + Interval;
        output.WriteLine(Describe(value, elapsed));
    }

    /// <summary>"import: 1,204 of 5,526 files, 21.9 of 100.0 MB (22 %) after 40 s".</summary>
    public static string Describe(ImportProgress value, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(value);
        double share = value.BytesTotal > 0 ? (double)value.BytesDone / value.BytesTotal : (value.FilesTotal > 0 ? (double)value.FilesDone / value.FilesTotal : 1);
        return string.Create(CultureInfo.InvariantCulture,
            $"import: {value.FilesDone:N0} of {value.FilesTotal:N0} files, {value.BytesDone / 1_000_000d:0.0} of {value.BytesTotal / 1_000_000d:0.0} MB ({share:P0}) after {elapsed.TotalSeconds:0} s");
    }
}
