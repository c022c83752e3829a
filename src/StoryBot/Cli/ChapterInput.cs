using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;
using StoryBot.Corpus.Works;

namespace StoryBot.Cli;

/// <summary>
/// What the <c>dialogue</c> and <c>characters</c> verbs read: one chapter file and its character list, which is
/// <c>--characters</c>, else characters.json next to the file, else found in the work's tags or text. A text file is one
/// chapter (<see cref="ChapterParser"/>: offsets into the whole file); <c>.html</c>/<c>.htm</c>/<c>.xhtml</c> and
/// <c>.epub</c> are read as the importer reads them (<see cref="WorkParser"/>), one entry per chapter of the work.
/// </summary>
internal sealed record ChapterInput(IReadOnlyList<ParsedChapter> Chapters, CharacterCast Cast, string? CharactersPath)
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
        var name = Path.GetFileName(path);
        IReadOnlyList<ParsedChapter> chapters;
        IReadOnlyList<string>? tags;
        if (IsWorkFile(name))
        {
            var work = WorkParser.Parse(bytes, name);
            if (!work.Success)
            {
                await error.WriteLineAsync($"{verb}: {work.Error}").ConfigureAwait(false);
                return null;
            }

            chapters = work.Work!.Chapters;
            tags = work.Work.Metadata.Characters is { Count: > 0 } workTags ? workTags : chapters.FirstOrDefault()?.Metadata.Work?.Characters;
        }
        else
        {
            var parsed = ChapterParser.Parse(bytes, name);
            if (!parsed.Success)
            {
                await error.WriteLineAsync($"{verb}: {parsed.Error}").ConfigureAwait(false);
                return null;
            }

            chapters = [parsed.Chapter!];
            tags = parsed.Chapter!.Metadata.Work?.Characters;
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

        var cast = CharacterDiscovery.Resolve(chapters, listed, tags);
        return new ChapterInput(chapters, cast, listed is null ? null : charactersPath);
    }

    /// <summary>HTML and EPUB: read as a work, as the importer does; anything else is one text chapter.</summary>
    private static bool IsWorkFile(string name) =>
        WorkParser.IsSupported(name) && !name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
