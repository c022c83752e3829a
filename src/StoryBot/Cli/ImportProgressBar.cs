using System.Globalization;
using Spectre.Console;
using StoryBot.Data.Import;

namespace StoryBot.Cli;

/// <summary>
/// A progress bar for <c>import</c> on a terminal (Spectre.Console, drawn on stderr so stdout keeps only the report):
/// bytes done of the bytes found, files done, elapsed and remaining time. Updated from the importer's writer thread;
/// Spectre redraws it on its own timer.
/// </summary>
internal static class ImportProgressBar
{
    /// <summary>Runs <paramref name="import"/> under a progress bar on <paramref name="console"/>.</summary>
    public static Task<T> RunAsync<T>(IAnsiConsole console, Func<IProgress<ImportProgress>, Task<T>> import)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(import);
        return console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                ProgressTask task = context.AddTask("import", autoStart: true, maxValue: 1);
                T result = await import(new Listener(task)).ConfigureAwait(false);
                task.Value = task.MaxValue;
                task.StopTask();
                return result;
            });
    }

    private sealed class Listener(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            task.MaxValue = Math.Max(1, value.BytesTotal);
            task.Value = Math.Min(value.BytesDone, task.MaxValue);
            task.Description = string.Create(CultureInfo.InvariantCulture, $"import {value.FilesDone:N0}/{value.FilesTotal:N0} files");
        }
    }
}
