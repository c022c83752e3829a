using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Works;

/// <summary>Parses the sections of a work and stamps every chapter with the work's metadata and its number.</summary>
internal static class WorkAssembler
{
    public static WorkParseResult Assemble(
        string sourceName, string format, WorkMetadata work, IReadOnlyList<ChapterSection> sections, IReadOnlyList<string> warnings)
    {
        int[] numbers = ChapterNumbering.Assign(sections);
        var chapters = new List<ParsedChapter>(sections.Count);
        var allWarnings = new List<string>(warnings);
        for (int i = 0; i < sections.Count; i++)
        {
            ParsedChapter chapter = ChapterParser.ParseSection(sections[i], sourceName, format);
            if (chapter.Scenes.Count == 0)
            {
                continue;
            }

            allWarnings.AddRange(chapter.Warnings);
            ChapterMetadata stamped = Stamp(chapter.Metadata, work, numbers[i]);
            chapters.Add(chapter with { Metadata = stamped with { ChapterTitle = CapitalTitles.FromCapitals(stamped.ChapterTitle) }, Warnings = [] });
        }

        if (chapters.Count == 0)
        {
            return WorkParseResult.Fail(sourceName, "no story text in any chapter");
        }

        return new WorkParseResult(new ParsedWork(sourceName, format, work, chapters) { IsCompleteWork = true, Warnings = allWarnings }, null);
    }

    /// <summary>The work's title, author, rating, summary and link over what the chapter's own header said.</summary>
    public static ChapterMetadata Stamp(ChapterMetadata chapter, WorkMetadata work, int? number) => chapter with
    {
        StoryTitle = work.Title ?? chapter.StoryTitle,
        Author = work.Author ?? chapter.Author,
        Rating = work.Rating != Rating.Unrated ? work.Rating : chapter.Rating,
        Summary = work.Summary ?? chapter.Summary,
        SourceUrl = work.Url ?? chapter.SourceUrl,
        ChapterNumber = number ?? chapter.ChapterNumber,
        Work = work,
    };

    /// <summary>The work as one chapter file describes it (its header lines).</summary>
    public static WorkMetadata FromChapter(ChapterMetadata metadata) => (metadata.Work ?? WorkMetadata.Empty) with
    {
        Title = metadata.StoryTitle,
        Author = metadata.Author,
        Rating = metadata.Rating,
        Summary = metadata.Summary,
        Url = metadata.SourceUrl,
    };
}
