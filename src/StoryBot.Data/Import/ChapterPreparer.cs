using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;
using StoryBot.Corpus.Works;

namespace StoryBot.Data.Import;

/// <summary>
/// The CPU half of an import (runs in parallel): read the file as a work (one chapter file, a complete work split at its
/// headings, HTML or EPUB), apply the manifest, attribute speakers, count words — per chapter.
/// </summary>
internal static class ChapterPreparer
{
    public static PreparedChapter Prepare(ImportFile file, byte[] bytes, string hash, int? existingId) =>
        Prepare(file, bytes, hash, existingId, deferDiscovery: false);

    /// <param name="deferDiscovery">
    /// When the folder has no characters.json, return the file parsed but not attributed (<see cref="PreparedChapter.AwaitsCharacters"/>):
    /// the caller discovers the characters over the whole story and then calls <see cref="Attribute"/>.
    /// </param>
    public static PreparedChapter Prepare(ImportFile file, byte[] bytes, string hash, int? existingId, bool deferDiscovery)
    {
        var prepared = new PreparedChapter(file, hash, bytes.Length) { ExistingChapterId = existingId };
        string name = file.ManifestName;
        WorkParseResult result;
        try
        {
            result = WorkParser.Parse(bytes, name);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return prepared with { Error = $"{name}: the parser failed ({ex.GetType().Name}: {OneLine(ex.Message)}); skipped" };
        }

        if (!result.Success)
        {
            return prepared with { Error = OneLine(result.Error ?? $"{name}: not a chapter; skipped") };
        }

        ParsedWork work = result.Work!;
        var warnings = new List<string>(work.Warnings.Select(w => w.StartsWith(name, StringComparison.Ordinal) ? w : $"{name}: {w}"));
        foreach (ParsedChapter chapter in work.Chapters)
        {
            warnings.AddRange(chapter.Warnings); // the parser's warnings already name the file
        }

        var parts = new List<PreparedPart>(work.Chapters.Count);
        foreach (ParsedChapter chapter in work.Chapters)
        {
            parts.Add(PreparePart(file, chapter, work.Chapters.Count > 1));
        }

        prepared = prepared with
        {
            Parts = parts,
            Work = work.Metadata,
            StoryTitle = DisplayTitles.Story(parts[0].Metadata, name, parts[0].Chapter.Paragraphs.FirstOrDefault()?.Text),
            Warnings = warnings,
        };
        if (file.Settings.Characters.Characters.Count > 0)
        {
            return Attribute(prepared, file.Settings.Characters, found: null);
        }

        // No characters.json for this folder: the work's Character tags, else the names that speak in its text — over
        // the whole story when the caller gathers its chapter files first (StoryGroups), else over this file.
        if (deferDiscovery)
        {
            return prepared with { AwaitsCharacters = true };
        }

        return DiscoverAndAttribute(prepared, known: null);
    }

    /// <summary>A parsed file that awaits its characters, alone: found in it beside the <paramref name="known"/> ones, then attributed.</summary>
    public static PreparedChapter DiscoverAndAttribute(PreparedChapter prepared, CharacterList? known)
    {
        CharacterList? found = Discover([prepared], known is { Characters.Count: > 0 } ? known : null, out string? failure);
        return Attribute(failure is null ? prepared : prepared with { Warnings = [.. prepared.Warnings, failure] }, found ?? CharacterList.Empty, found);
    }

    /// <summary>
    /// The characters of a story whose folder has no characters.json, found over all of <paramref name="story"/> (its
    /// chapter files, parsed): the union of their Character tags, else the names that speak in their text, beside the
    /// <paramref name="known"/> ones (stored by an earlier import, or found in the story's earlier files). Null when no file
    /// has a quote (nothing to attribute); <paramref name="failure"/> says when discovery threw.
    /// </summary>
    public static CharacterList? Discover(IReadOnlyList<PreparedChapter> story, CharacterList? known, out string? failure)
    {
        failure = null;
        var chapters = story.SelectMany(p => p.Parts.Select(part => part.Chapter)).ToList();
        if (!chapters.Any(c => c.Paragraphs.Any(p => p.Quotes.Count > 0)))
        {
            return null;
        }

        var tags = story.SelectMany(p => p.Work.Characters).Distinct(StringComparer.Ordinal).ToList();
        try
        {
            return CharacterDiscovery.Resolve(chapters, null, tags: tags.Count > 0 ? tags : null, known: known).List;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            failure = $"{story[0].File.ManifestName}: character discovery failed ({OneLine(ex.Message)}); quotes stored without speakers";
            return null;
        }
    }

    /// <summary>Attributes every quote of a parsed file to <paramref name="characters"/>; <paramref name="found"/> is stored as the story's own.</summary>
    public static PreparedChapter Attribute(PreparedChapter prepared, CharacterList characters, CharacterList? found)
    {
        var warnings = new List<string>(prepared.Warnings);
        var parts = prepared.Parts.Select(part => part with { Lines = AttributePart(prepared.File.ManifestName, part.Chapter, characters, warnings) }).ToList();
        return prepared with
        {
            Parts = parts,
            FoundCharacters = found is { Characters.Count: > 0 } ? found : null,
            Warnings = warnings,
            AwaitsCharacters = false,
        };
    }

    internal static string OneLine(string text)
    {
        string line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 300 ? line : string.Concat(line.AsSpan(0, 299), "…");
    }

    private static PreparedPart PreparePart(ImportFile file, ParsedChapter chapter, bool oneOfMany)
    {
        string name = file.ManifestName;
        ChapterMetadata metadata = file.Settings.Manifest.Apply(chapter.Metadata, name);
        if (oneOfMany)
        {
            // A manifest entry names the file, not each of its chapters: its story fields apply, the chapter's own number and title stay.
            metadata = metadata with { ChapterNumber = chapter.Metadata.ChapterNumber, ChapterTitle = chapter.Metadata.ChapterTitle };
        }

        string? firstParagraph = chapter.Paragraphs.FirstOrDefault()?.Text;
        var words = new int[chapter.Scenes.Sum(s => s.Paragraphs.Count)];
        int i = 0;
        foreach (Paragraph paragraph in chapter.Paragraphs)
        {
            words[i++] = WordCounter.Count(paragraph.Text);
        }

        return new PreparedPart(chapter, metadata, DisplayTitles.Chapter(metadata, firstParagraph)) { ParagraphWords = words };
    }

    private static Dictionary<(int Paragraph, int Start), AttributedLine> AttributePart(string name, ParsedChapter chapter, CharacterList characters, List<string> warnings)
    {
        var lines = new Dictionary<(int Paragraph, int Start), AttributedLine>();
        if (chapter.Paragraphs.Any(p => p.Quotes.Count > 0))
        {
            try
            {
                IReadOnlyList<AttributedLine> attributed = SpeakerAttributor.Attribute(chapter, characters);
                lines.EnsureCapacity(attributed.Count);
                foreach (AttributedLine line in attributed)
                {
                    lines.TryAdd((line.ParagraphIndex, line.Quote.Range.Start), line);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                warnings.Add($"{name}: speaker attribution failed ({OneLine(ex.Message)}); quotes stored without speakers");
            }
        }

        return lines;
    }
}
