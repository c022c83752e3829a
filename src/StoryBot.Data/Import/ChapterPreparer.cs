using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Data.Import;

/// <summary>The CPU half of an import (runs in parallel): parse, apply the manifest, attribute speakers, count words.</summary>
internal static class ChapterPreparer
{
    public static PreparedChapter Prepare(ImportFile file, byte[] bytes, string hash, int? existingId)
    {
        var prepared = new PreparedChapter(file, hash, bytes.Length) { ExistingChapterId = existingId };
        string name = file.ManifestName;
        ChapterParseResult result;
        try
        {
            result = ChapterParser.Parse(bytes, name);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return prepared with { Error = $"{name}: the parser failed ({ex.GetType().Name}: {OneLine(ex.Message)}); skipped" };
        }

        if (!result.Success)
        {
            return prepared with { Error = OneLine(result.Error ?? $"{name}: not a chapter; skipped") };
        }

        ParsedChapter chapter = result.Chapter!;
        // The parser's warnings already name the file.
        var warnings = new List<string>(chapter.Warnings);
        ChapterMetadata metadata = file.Settings.Manifest.Apply(chapter.Metadata, name);
        string? firstParagraph = chapter.Paragraphs.FirstOrDefault()?.Text;
        string storyTitle = DisplayTitles.Story(metadata, name, firstParagraph);
        string chapterTitle = DisplayTitles.Chapter(metadata, firstParagraph);

        var lines = new Dictionary<(int Paragraph, int Start), AttributedLine>();
        CharacterList? found = null;
        if (chapter.Paragraphs.Any(p => p.Quotes.Count > 0))
        {
            try
            {
                // No characters.json for this folder: the work's Character tags, else the names that speak in its text.
                CharacterList characters = file.Settings.Characters;
                if (characters.Characters.Count == 0)
                {
                    found = CharacterDiscovery.Resolve([chapter], null, chapter.Metadata.Work?.Characters).List;
                    characters = found;
                }

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

        return prepared with
        {
            Chapter = chapter,
            Metadata = metadata,
            StoryTitle = storyTitle,
            ChapterTitle = chapterTitle,
            Lines = lines,
            FoundCharacters = found is { Characters.Count: > 0 } ? found : null,
            ParagraphWords = words,
            Warnings = warnings,
        };
    }

    internal static string OneLine(string text)
    {
        string line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 300 ? line : string.Concat(line.AsSpan(0, 299), "…");
    }
}
