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
    public static PreparedChapter Prepare(ImportFile file, byte[] bytes, string hash, int? existingId)
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

        CharacterList characters = file.Settings.Characters;
        CharacterList? found = null;
        if (characters.Characters.Count == 0 && work.Chapters.Any(c => c.Paragraphs.Any(p => p.Quotes.Count > 0)))
        {
            try
            {
                // No characters.json for this folder: the work's Character tags, else the names that speak in its text.
                found = CharacterDiscovery.Resolve(work.Chapters, null, tags: work.Metadata.Characters.Count > 0 ? work.Metadata.Characters : null).List;
                characters = found;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                warnings.Add($"{name}: character discovery failed ({OneLine(ex.Message)}); quotes stored without speakers");
            }
        }

        var parts = new List<PreparedPart>(work.Chapters.Count);
        foreach (ParsedChapter chapter in work.Chapters)
        {
            parts.Add(PreparePart(file, chapter, work.Chapters.Count > 1, characters, warnings));
        }

        return prepared with
        {
            Parts = parts,
            Work = work.Metadata,
            StoryTitle = DisplayTitles.Story(parts[0].Metadata, name, parts[0].Chapter.Paragraphs.FirstOrDefault()?.Text),
            FoundCharacters = found is { Characters.Count: > 0 } ? found : null,
            Warnings = warnings,
        };
    }

    internal static string OneLine(string text)
    {
        string line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 300 ? line : string.Concat(line.AsSpan(0, 299), "…");
    }

    private static PreparedPart PreparePart(ImportFile file, ParsedChapter chapter, bool oneOfMany, CharacterList characters, List<string> warnings)
    {
        string name = file.ManifestName;
        ChapterMetadata metadata = file.Settings.Manifest.Apply(chapter.Metadata, name);
        if (oneOfMany)
        {
            // A manifest entry names the file, not each of its chapters: its story fields apply, the chapter's own number and title stay.
            metadata = metadata with { ChapterNumber = chapter.Metadata.ChapterNumber, ChapterTitle = chapter.Metadata.ChapterTitle };
        }

        string? firstParagraph = chapter.Paragraphs.FirstOrDefault()?.Text;
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

        var words = new int[chapter.Scenes.Sum(s => s.Paragraphs.Count)];
        int i = 0;
        foreach (Paragraph paragraph in chapter.Paragraphs)
        {
            words[i++] = WordCounter.Count(paragraph.Text);
        }

        return new PreparedPart(chapter, metadata, DisplayTitles.Chapter(metadata, firstParagraph)) { Lines = lines, ParagraphWords = words };
    }
}
