using System.CommandLine;
using System.Globalization;
using System.Text;
using StoryBot.Corpus.Attribution;

namespace StoryBot.Cli;

/// <summary>
/// <c>dialogue &lt;file&gt; [--characters &lt;characters.json&gt;]</c>: prints, as TSV, what the speaker attributor decided for
/// every quote of a chapter file. Pure: it reads two files and writes to the console; no host, no database.
/// </summary>
public static class DialogueCommand
{
    public const string CharactersFileName = ChapterInput.CharactersFileName;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A chapter text file." };
        var characters = new Option<FileInfo?>("--characters")
        {
            Description = $"The character list; default: {CharactersFileName} next to the file, if there is one.",
        };
        var command = new Command("dialogue", "Print who says each quoted line of a chapter (TSV: start end speaker confidence kind text).")
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
        var input = await ChapterInput.LoadAsync("dialogue", path, charactersPath, error, cancellationToken).ConfigureAwait(false);
        if (input is null)
        {
            return 1;
        }

        if (input.CharactersPath is null)
        {
            var found = input.Cast.Entries.Count;
            await error.WriteLineAsync(found > 0
                ? $"dialogue: no {CharactersFileName} given or next to the file; using {found} character(s) found in the text (see the characters verb)."
                : $"dialogue: no {CharactersFileName} given or next to the file and no speaking names found; every speaker is left empty.").ConfigureAwait(false);
        }

        if (input.Chapters.Count == 1)
        {
            DialogueTsv.Write(output, SpeakerAttributor.Attribute(input.Chapters[0], input.Cast.List));
        }
        else
        {
            // A work of several chapters (HTML, EPUB): offsets are into each chapter's text, so each chapter's rows
            // follow a "# chapter N<TAB>title" line.
            await output.WriteAsync(DialogueTsv.Header + "\n").ConfigureAwait(false);
            for (var c = 0; c < input.Chapters.Count; c++)
            {
                var chapter = input.Chapters[c];
                await output.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"# chapter {c + 1}\t{chapter.Metadata.ChapterTitle}\n")).ConfigureAwait(false);
                var rows = new StringBuilder();
                foreach (var line in SpeakerAttributor.Attribute(chapter, input.Cast.List))
                {
                    DialogueTsv.AppendLine(rows, line);
                    rows.Append('\n');
                }

                await output.WriteAsync(rows, cancellationToken).ConfigureAwait(false);
            }
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
