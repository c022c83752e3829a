using System.CommandLine;
using System.Globalization;
using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Model;

namespace StoryBot.Cli;

/// <summary>
/// <c>characters &lt;file&gt; [--characters &lt;characters.json&gt;]</c>: prints the character list the attributor uses
/// for a chapter file and where each entry came from (json, tags, text). Pure: no host, no database.
/// </summary>
public static class CharactersCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A chapter text file." };
        var characters = new Option<FileInfo?>("--characters")
        {
            Description = $"The character list; default: {ChapterInput.CharactersFileName} next to the file, else found in the work's tags or text.",
        };
        var command = new Command("characters", "Print a chapter's characters and where each came from (TSV: name source gender lines speaks mentions aliases).")
        {
            file,
            characters,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(file).FullName,
            parseResult.GetValue(characters)?.FullName,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    /// <summary>Runs the verb. Returns 0, or 1 with a one-line reason on <paramref name="error"/>.</summary>
    public static async Task<int> RunAsync(string path, string? charactersPath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var input = await ChapterInput.LoadAsync("characters", path, charactersPath, error, cancellationToken).ConfigureAwait(false);
        if (input is null)
        {
            return 1;
        }

        // "lines": the lines the attributor gives each character at the trivia threshold (what who-said-it can ask).
        var lines = input.Chapters.SelectMany(c => SpeakerAttributor.Attribute(c, input.Cast.List))
            .Where(l => l.Speaker is not null && l.Confidence >= AttributionThresholds.Trivia)
            .CountBy(l => l.Speaker!)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        await output.WriteLineAsync("name\tsource\tgender\tlines\tspeaks\tmentions\taliases").ConfigureAwait(false);
        foreach (var entry in input.Cast.Entries)
        {
            var c = entry.Character;
            var row = string.Join('\t',
                c.Name,
                entry.Source.ToString().ToLowerInvariant(),
                c.Gender.ToString().ToLowerInvariant(),
                lines.GetValueOrDefault(c.Name).ToString(CultureInfo.InvariantCulture),
                entry.Speaks.ToString(CultureInfo.InvariantCulture),
                entry.Mentions.ToString(CultureInfo.InvariantCulture),
                string.Join(", ", c.Aliases));
            await output.WriteLineAsync(row).ConfigureAwait(false);
        }

        if (input.Cast.Entries.Count == 0)
        {
            await error.WriteLineAsync("characters: no character list and no speaking names found; every speaker is left empty.").ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
