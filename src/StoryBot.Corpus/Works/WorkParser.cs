using StoryBot.Corpus.Epub;
using StoryBot.Corpus.Html;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Works;

/// <summary>
/// Reads one file as a work, by its extension: <c>.epub</c> (EPUB 2/3), <c>.html</c>/<c>.htm</c>/<c>.xhtml</c> (AO3,
/// FanFicFare or plain HTML), anything else as text. Pure: bytes in, model out; a bad or hostile file is a one-line
/// reason, never an exception.
/// </summary>
public static class WorkParser
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];

    public static WorkParseResult Parse(ReadOnlySpan<byte> bytes, string sourceName) => Parse(bytes, sourceName, WorkParserOptions.Default);

    public static WorkParseResult Parse(ReadOnlySpan<byte> bytes, string sourceName, WorkParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.Length > options.Text.MaxFileBytes)
        {
            return WorkParseResult.Fail(sourceName, $"file too large ({FileSizes.Format(bytes.Length)}; the limit is {FileSizes.Format(options.Text.MaxFileBytes)})");
        }

        if (sourceName.EndsWith(".epub", StringComparison.OrdinalIgnoreCase))
        {
            return EpubWorkReader.Read(bytes, sourceName, options);
        }

        if (HtmlExtensions.Any(e => sourceName.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return HtmlWorkReader.Read(bytes, sourceName, options);
        }

        return TextWorkReader.Read(bytes, sourceName, options);
    }

    /// <summary>True for the file names this parser reads as works (text, Markdown, HTML, EPUB).</summary>
    public static bool IsSupported(string fileName) =>
        fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".epub", StringComparison.OrdinalIgnoreCase) || HtmlExtensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
