using System.CommandLine;
using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Cli;

/// <summary>
/// <c>dialogue &lt;file&gt; [--characters &lt;characters.json&gt;]</c>: prints, as TSV, what the speaker attributor decided for
/// every quote of a chapter file. Pure: it reads two files and writes to the console; no host, no database.
/// </summary>
public static class DialogueCommand
{
    public const string CharactersFileName = "characters.json";

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
            Locate(parseResult.GetRequiredValue(file).ToString()),
            parseResult.GetValue(characters) is { } list ? Locate(list.ToString()) : null,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    /// <summary>
    /// A relative path as typed. <c>dotnet run --project src/StoryBot</c> runs in the project folder (the Worker SDK's
    /// RunWorkingDirectory), so a path typed from the repository root is also looked for in the folders above.
    /// </summary>
    internal static string Locate(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        var directory = new DirectoryInfo(Directory.GetCurrentDirectory()).Parent;
        for (var depth = 0; directory is not null && depth < 4; depth++, directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, path);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(path);
    }

    /// <summary>Runs the verb. Returns 0, or 1 with a one-line reason on <paramref name="error"/>.</summary>
    public static async Task<int> RunAsync(string path, string? charactersPath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"dialogue: {path}: no such file.").ConfigureAwait(false);
            return 1;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var parsed = ChapterParser.Parse(bytes, Path.GetFileName(path));
        if (!parsed.Success)
        {
            await error.WriteLineAsync($"dialogue: {parsed.Error}").ConfigureAwait(false);
            return 1;
        }

        charactersPath ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", CharactersFileName);
        var characters = CharacterList.Empty;
        if (File.Exists(charactersPath))
        {
            try
            {
                characters = CharacterList.Parse(await File.ReadAllTextAsync(charactersPath, cancellationToken).ConfigureAwait(false));
            }
            catch (FormatException ex)
            {
                await error.WriteLineAsync($"dialogue: {charactersPath}: {ex.Message}").ConfigureAwait(false);
                return 1;
            }
        }
        else
        {
            await error.WriteLineAsync($"dialogue: no character list at {charactersPath}; every speaker is left empty.").ConfigureAwait(false);
        }

        var lines = SpeakerAttributor.Attribute(parsed.Chapter!, characters);
        DialogueTsv.Write(output, lines);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
