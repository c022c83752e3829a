using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
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
            ImportReport report = await importer.ImportAsync(
                (parse.GetValue(paths) ?? []).Select(CliServices.ResolveUserPath), ImportOptions.Default with { Prune = parse.GetValue(prune) }, cancellationToken).ConfigureAwait(false);
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
}
