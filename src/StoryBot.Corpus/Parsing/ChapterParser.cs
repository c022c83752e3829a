using System.Globalization;
using System.Runtime.CompilerServices;
using StoryBot.Corpus.Decoding;
using StoryBot.Corpus.Dialogue;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Parsing;

/// <summary>Turns the bytes of a chapter file into a <see cref="ParsedChapter"/>. Pure: opens no files.</summary>
/// <remarks>
/// Order: decode → front matter → header block → scenes and paragraphs → notes (A/N, disclaimers, footnotes) taken out
/// of the story text → quoted spans. Everything is linear in the size of the text; no backtracking regular expressions.
/// </remarks>
public static class ChapterParser
{
    public static ChapterParseResult Parse(ReadOnlySpan<byte> bytes, string sourceName) =>
        Parse(bytes, sourceName, ChapterParserOptions.Default);

    public static ChapterParseResult Parse(ReadOnlySpan<byte> bytes, string sourceName, ChapterParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        if (Validate(bytes, options, out string? text, out string encodingName, out string? decodeWarning) is string reason)
        {
            return Fail(sourceName, reason);
        }

        ParsedChapter chapter = ParseText(text!, sourceName, encodingName);
        return Checked(decodeWarning is null ? chapter : chapter with { Warnings = [$"{sourceName}: {decodeWarning}", .. chapter.Warnings] }, sourceName);
    }

    /// <summary>Decodes and checks the limits; returns the reason the bytes are not chapter text, or null.</summary>
    internal static string? Validate(ReadOnlySpan<byte> bytes, ChapterParserOptions options, out string? text, out string encodingName) =>
        Validate(bytes, options, out text, out encodingName, out _);

    /// <summary>
    /// Decodes and checks the limits; returns the reason the bytes are not chapter text, or null.
    /// <paramref name="warning"/> says what the decoder repaired (stray bytes in UTF-8), if anything.
    /// </summary>
    internal static string? Validate(ReadOnlySpan<byte> bytes, ChapterParserOptions options, out string? text, out string encodingName, out string? warning)
    {
        text = null;
        encodingName = "text";
        warning = null;
        if (bytes.Length > options.MaxFileBytes)
        {
            return $"file too large ({FileSizes.Format(bytes.Length)}; the limit is {FileSizes.Format(options.MaxFileBytes)})";
        }

        DecodeResult decoded = TextDecoder.Decode(bytes);
        if (!decoded.Success)
        {
            return decoded.Error!;
        }

        if (LongestLine(decoded.Text!, out int lineNumber) is var longest && longest > options.MaxLineLength)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"line {lineNumber} is {longest:N0} characters long (limit {options.MaxLineLength:N0}); not chapter text");
        }

        text = decoded.Text;
        encodingName = decoded.EncodingName;
        warning = decoded.Warning;
        return null;
    }

    /// <summary>The chapter, or the reason it holds no story text.</summary>
    internal static ChapterParseResult Checked(ParsedChapter chapter, string sourceName) =>
        chapter.Scenes.Count == 0
            ? Fail(sourceName, chapter.Notes.Count > 0 ? "no story text, only notes" : "no story text, only a header")
            : new ChapterParseResult(chapter, null);

    public static ParsedChapter ParseText(string text, string sourceName) => ParseText(text, sourceName, "text");

    internal static ParsedChapter ParseText(string text, string sourceName, string encodingName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.ReplaceLineEndings("\n");
        }

        // The line table is scratch (nothing in the result points at it): reuse this thread's from the last chapter.
        List<TextLine> lines = LineTables.Rent(text.Length);
        try
        {
            return ParseSplit(text, sourceName, encodingName, TextLine.Split(text, 0, lines));
        }
        finally
        {
            LineTables.Return(lines);
        }
    }

    /// <summary>
    /// <see cref="ParseText(string, string, string)"/> for a text without '\r' whose lines the caller has split already:
    /// <paramref name="lines"/> is <c>TextLine.Split(text)</c>, and is rewritten when the text is unwrapped.
    /// </summary>
    internal static ParsedChapter ParseSplit(string text, string sourceName, string encodingName, List<TextLine> lines)
    {
        if (HardWrap.IsWrapped(text, lines, out int width))
        {
            text = HardWrap.Join(text, lines, width);
            lines.Clear();
            TextLine.Split(text, 0, lines);
        }

        var metadata = new MetadataBuilder();
        int frontMatterEnd = FrontMatter.Read(text, lines, metadata);
        return ParseLines(text, sourceName, encodingName, lines, metadata, frontMatterEnd, lines.Count, [], isSection: false);
    }

    /// <summary>
    /// Parses one chapter cut out of a larger text: the section's number and title win over anything its own header says,
    /// its notes are kept, and only its body is story text. No front matter, no unwrapping (done on the whole file).
    /// </summary>
    internal static ParsedChapter ParseSection(ChapterSection section, string sourceName, string encodingName)
    {
        string text = section.Text;
        List<TextLine> lines = TextLine.Split(text, 0, LineTables.Rent(text.Length));
        try
        {
            int first = 0;
            while (first < lines.Count && lines[first].End <= section.BodyStart && section.BodyStart > 0)
            {
                first++;
            }

            int last = first;
            while (last < lines.Count && lines[last].Start < section.BodyEnd)
            {
                last++;
            }

            var metadata = new MetadataBuilder();
            metadata.SetChapterNumber(section.Number);
            metadata.SetChapterTitle(section.Title);
            return ParseLines(text, sourceName, encodingName, lines, metadata, first, last, section.Notes, isSection: true);
        }
        finally
        {
            LineTables.Return(lines);
        }
    }

    private static ParsedChapter ParseLines(
        string text, string sourceName, string encodingName, List<TextLine> lines, MetadataBuilder metadata, int frontMatterEnd, int lastLine,
        IReadOnlyList<Note> knownNotes, bool isSection)
    {
        HeaderReader.Result header = HeaderReader.Read(text, lines, frontMatterEnd, metadata);
        int bodyLine = Math.Min(header.BodyLine, lastLine);

        bool frontMatter = frontMatterEnd > 0 && !isSection;
        int headerStart = frontMatter ? 0 : header.HeaderStart;
        int headerEnd = header.HeaderEnd >= 0 ? header.HeaderEnd : frontMatter ? lines[frontMatterEnd - 1].End : -1;
        TextRange? headerRange = headerStart >= 0 && headerEnd > headerStart ? TextRange.FromBounds(headerStart, headerEnd) : null;

        List<SceneDraft> drafts = SceneBuilder.Build(text, lines, bodyLine, lastLine);
        var notes = new List<Note>(header.Notes);
        notes.AddRange(knownNotes);
        NoteExtractor.Extract(text, drafts, notes);
        notes.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));

        List<Scene> scenes = Assemble(text, drafts);
        return new ParsedChapter(sourceName, text, encodingName, metadata.Build(headerRange), scenes, notes)
        {
            Warnings = metadata.Warnings.Select(warning => $"{sourceName}: {warning}").ToList(),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Scene> Assemble(string text, List<SceneDraft> drafts)
    {
        int count = 0;
        foreach (SceneDraft draft in drafts)
        {
            count += draft.Paragraphs.Count;
        }

        var ranges = new List<TextRange>(count);
        foreach (SceneDraft draft in drafts)
        {
            ranges.AddRange(draft.Paragraphs);
        }

        IReadOnlyList<IReadOnlyList<QuoteSpan>> quotes = FindQuotes(text, ranges);
        var scenes = new List<Scene>(drafts.Count);
        int index = 0;
        foreach (SceneDraft draft in drafts)
        {
            if (draft.Paragraphs.Count == 0)
            {
                continue;
            }

            var paragraphs = new List<Paragraph>(draft.Paragraphs.Count);
            foreach (TextRange range in draft.Paragraphs)
            {
                paragraphs.Add(new Paragraph(index, range, range.Slice(text), quotes[index]));
                index++;
            }

            scenes.Add(new Scene(scenes.Count, draft.Heading, paragraphs) { IsFlashback = draft.IsFlashback });
        }

        return scenes;
    }

    private static IReadOnlyList<IReadOnlyList<QuoteSpan>> FindQuotes(string text, List<TextRange> ranges) =>
        QuoteFinder.Find(text, ranges);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int LongestLine(string text, out int lineNumber)
    {
        int longest = 0;
        int start = 0;
        int line = 1;
        lineNumber = 1;
        while (start <= text.Length)
        {
            int newline = text.AsSpan(start).IndexOf('\n');
            int length = newline < 0 ? text.Length - start : newline;
            if (length > longest)
            {
                longest = length;
                lineNumber = line;
            }

            if (newline < 0)
            {
                break;
            }

            start += newline + 1;
            line++;
        }

        return longest;
    }

    private static ChapterParseResult Fail(string sourceName, string reason) => new(null, $"{sourceName}: {reason}; skipped");
}
