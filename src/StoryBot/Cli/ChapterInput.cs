using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Cli;

/// <summary>
/// What the <c>dialogue</c> and <c>characters</c> verbs read: one chapter file and its character list, which is
/// <c>--characters</c>, else characters.json next to the file, else found in the work's tags or text.
/// </summary>
internal sealed record ChapterInput(ParsedChapter Chapter, CharacterCast Cast, string? CharactersPath)
{
    public const string CharactersFileName = "characters.json";

    /// <summary>The input, or null after writing a one-line reason to <paramref name="error"/>.</summary>
    public static async Task<ChapterInput?> LoadAsync(string verb, string path, string? charactersPath, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"{verb}: {path}: no such file.").ConfigureAwait(false);
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var parsed = ChapterParser.Parse(bytes, Path.GetFileName(path));
        if (!parsed.Success)
        {
            await error.WriteLineAsync($"{verb}: {parsed.Error}").ConfigureAwait(false);
            return null;
        }

        charactersPath ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", CharactersFileName);
        CharacterList? listed = null;
        if (File.Exists(charactersPath))
        {
            try
            {
                listed = CharacterList.Parse(await File.ReadAllTextAsync(charactersPath, cancellationToken).ConfigureAwait(false));
            }
            catch (FormatException ex)
            {
                await error.WriteLineAsync($"{verb}: {charactersPath}: {ex.Message}").ConfigureAwait(false);
                return null;
            }
        }

        var chapter = parsed.Chapter!;
        var cast = CharacterDiscovery.Resolve([chapter], listed, chapter.Metadata.Work?.Characters);
        return new ChapterInput(chapter, cast, listed is null ? null : charactersPath);
    }
}
