using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using StoryBot.Data.Import;

namespace StoryBot.Cli;

/// <summary><c>import &lt;path&gt;... [--prune]</c>: import chapter files and folders; exit code 1 when a file failed.</summary>
internal static class ImportCommand
{
    public static Command Create(IReadOnlyList<string> settings)
    {
        var paths = new Argument<string[]>("path") { Description = "Chapter files or folders (*.txt, *.md; stories.json and characters.json are read).", Arity = ArgumentArity.OneOrMore };
        var prune = new Option<bool>("--prune") { Description = "Remove chapters whose files are gone from the given folders." };
        var json = new Option<bool>("--json") { Description = "Print the import report as JSON." };
        var command = new Command("import", "Import chapter files into the story database.") { paths, prune, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using CliServices? cli = await CliServices.StartAsync(settings, cancellationToken).ConfigureAwait(false);
            if (cli is null)
            {
                return 2;
            }

            var importer = cli.Services.GetRequiredService<IStoryImporter>();
            string[] targets = [.. (parse.GetValue(paths) ?? []).Select(CliServices.ResolveUserPath)];
            var options = ImportOptions.Default with { Prune = parse.GetValue(prune) };
            ImportReport report = await RunAsync(importer, targets, options, cli.Services.GetRequiredService<TimeProvider>(), cancellationToken)
                .ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                Console.WriteLine(CliJson.Serialize(report));
            }
            else
            {
                // Unchanged files are not listed; a copy of a chapter stored from elsewhere is, with its reason.
                foreach (ImportFileResult file in report.Files.Where(f => f.Outcome != ImportOutcome.Skipped || f.Reason is not null))
                {
                    Console.WriteLine(file.Reason is not null
                        ? $"{file.Outcome.ToString().ToLowerInvariant(),-9} {file.Reason}"
                        : $"{file.Outcome.ToString().ToLowerInvariant(),-9} {file.Path}{(file.StoryTitle is null ? "" : $"  ({file.StoryTitle}, {(file.ChapterCount > 1 ? $"{file.ChapterCount} chapters" : $"chapter {file.ChapterNumber}")})")}");
                }

                foreach (string warning in report.Warnings.Concat(report.Files.SelectMany(f => f.Warnings)))
                {
                    Console.WriteLine($"warning   {warning}");
                }

                Console.WriteLine(report.Summary);
            }

            return report.Failed > 0 ? 1 : 0;
        });
        return command;
    }

    /// <summary>
    /// Imports with progress on stderr: a bar when stderr is a terminal, otherwise a line every few seconds (a log
    /// file, a container's output), so a long import never looks hung.
    /// </summary>
    private static Task<ImportReport> RunAsync(IStoryImporter importer, string[] targets, ImportOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Console.IsErrorRedirected)
        {
            return importer.ImportAsync(targets, options with { Progress = new ImportProgressLines(Console.Error, time) }, cancellationToken);
        }

        IAnsiConsole terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return ImportProgressBar.RunAsync(terminal, progress => importer.ImportAsync(targets, options with { Progress = progress }, cancellationToken));
    }
}
