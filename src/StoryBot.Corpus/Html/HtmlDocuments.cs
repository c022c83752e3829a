using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace StoryBot.Corpus.Html;

/// <summary>
/// Parses HTML/XHTML with AngleSharp's HTML parser and no browsing context: no scripts, no styles, no frames, nothing
/// fetched. A DOCTYPE's internal subset is ignored (the HTML parser knows only HTML's own named entities), so an XML
/// entity never expands.
/// </summary>
internal static class HtmlDocuments
{
    private static readonly HtmlParserOptions Options = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        IsNotConsumingCharacterReferences = false,
        SkipComments = true,
        SkipProcessingInstructions = true,
    };

    public static IHtmlDocument Parse(string html) => new HtmlParser(Options).ParseDocument(html);
}
