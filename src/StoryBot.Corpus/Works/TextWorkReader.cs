using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Works;

/// <summary>
/// Plain text (<c>.txt</c>, <c>.md</c>): one chapter file exactly as <see cref="ChapterParser"/> reads it, or a complete
/// work split at its chapter headings (<see cref="TextWorkSplitter"/>). Hard-wrapped text is joined into paragraphs first.
/// </summary>
internal static class TextWorkReader
{
    public static WorkParseResult Read(ReadOnlySpan<byte> bytes, string sourceName, WorkParserOptions options)
    {
        if (ChapterParser.Validate(bytes, options.Text, out string? text, out string encoding, out string? decodeWarning) is string reason)
        {
            return WorkParseResult.Fail(sourceName, reason);
        }

        WorkParseResult result = FromText(text!, sourceName, encoding, options);
        return decodeWarning is null || result.Work is null
            ? result
            : result with { Work = result.Work with { Warnings = [$"{sourceName}: {decodeWarning}", .. result.Work.Warnings] } };
    }

    public static WorkParseResult FromText(string text, string sourceName, string encoding, WorkParserOptions options)
    {
        // The line table is scratch: one chapter file hands it to the chapter parser, which would split the same text again.
        List<TextLine> lines = TextLine.Split(text, 0, LineTables.Rent(text.Length));
        try
        {
            if (HardWrap.IsWrapped(text, lines, out int width))
            {
                text = HardWrap.Join(text, lines, width);
                lines.Clear();
                TextLine.Split(text, 0, lines);
            }

            TextWorkSplitter.Split? split = TextWorkSplitter.Run(text, lines, options.MaxChapters);
            if (split is null)
            {
                ParsedChapter parsed = text.Contains('\r', StringComparison.Ordinal)
                    ? ChapterParser.ParseText(text, sourceName, encoding)
                    : ChapterParser.ParseSplit(text, sourceName, encoding, lines);
                ChapterParseResult single = ChapterParser.Checked(parsed, sourceName);
                if (!single.Success)
                {
                    return new WorkParseResult(null, single.Error);
                }

                ParsedChapter chapter = single.Chapter!;
                return new WorkParseResult(new ParsedWork(sourceName, encoding, WorkAssembler.FromChapter(chapter.Metadata), [chapter]), null);
            }

            MetadataBuilder front = FrontPage.Read(split.FrontPage);
            WorkMetadata work = WorkAssembler.FromChapter(front.Build(null));
            return WorkAssembler.Assemble(sourceName, encoding, work, split.Chapters, [.. front.Warnings.Select(w => $"{sourceName}: {w}")]);
        }
        finally
        {
            LineTables.Return(lines);
        }
    }
}
