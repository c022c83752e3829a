using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StoryBot.Commands;
using StoryBot.Data;
using StoryBot.Data.Search;
using StoryBot.Stories;

namespace StoryBot.Excerpts;

/// <summary>
/// Loads the paragraphs at an <see cref="ExcerptLocation"/>, cuts a passage and renders it: story title, author,
/// chapter, position and words (never the file it came from), and "◀ Previous" / "Next ▶" buttons that carry the next location
/// (crossing into the previous/next chapter at chapter ends). A page never spans a scene break: it stays in the
/// scene it starts in, and a page that opens a scene shows the scene's heading. The buttons carry the reader's id.
/// </summary>
public sealed class ExcerptPageBuilder(StoryDbContext db, IOptions<ExcerptOptions> options)
{
    /// <param name="note">A line for the footer (what was searched, whether the character speaks there), or null.</param>
    public async Task<BotReply> BuildAsync(ExcerptLocation location, IReadOnlyList<string> highlight, string? note, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(highlight);
        ArgumentNullException.ThrowIfNull(context);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await BuildOpenAsync(location, highlight, note, context, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The page, on a connection held open for its three queries (no open and pragmas per query).</summary>
    private async Task<BotReply> BuildOpenAsync(ExcerptLocation location, IReadOnlyList<string> highlight, string? note, CommandContext context, CancellationToken cancellationToken)
    {
        var chapter = await ExcerptQueries.For(db).Chapter(db, location.ChapterId, cancellationToken).ConfigureAwait(false);
        if (chapter is null)
        {
            return BotReply.Ephemeral("That chapter is no longer in the library (it may have been removed). Try `/excerpt` again.");
        }

        if (!RatingPolicy.IsAllowed(chapter.Rating, context))
        {
            return RatingPolicy.Refusal(chapter.StoryTitle, chapter.Rating);
        }

        var cutter = new ExcerptCutter(options.Value.MaxCharacters, options.Value.MaxParagraphs);
        var max = cutter.MaxParagraphs;
        var (low, high) = location.Backward ? (location.Paragraph - max, location.Paragraph - 1) : (location.Paragraph, location.Paragraph + max - 1);
        var loaded = await ExcerptQueries.ToListAsync(ExcerptQueries.For(db).Paragraphs(db, chapter.Id, low - 1, high), cancellationToken).ConfigureAwait(false);
        var before = loaded.Count > 0 && loaded[0].Index == low - 1 ? loaded[0] : null;
        var rows = before is null ? loaded : loaded.GetRange(1, loaded.Count - 1);
        if (rows.Count == 0)
        {
            return BotReply.Ephemeral("There is no more text in that direction. Try `/excerpt` for another passage.");
        }

        // One scene per page: forward, the scene of the first paragraph; backward, the scene of the last.
        var scene = location.Backward ? rows[^1].Scene : rows[0].Scene;
        var sceneStart = location.Backward ? rows.FindLastIndex(r => r.Scene != scene) + 1 : 0;
        var sceneEnd = location.Backward ? rows.Count : rows.FindIndex(r => r.Scene != scene) is var end and >= 0 ? end : rows.Count;
        var previousRow = sceneStart > 0 ? rows[sceneStart - 1] : before;
        rows = rows.GetRange(sceneStart, sceneEnd - sceneStart);

        // Paragraph indexes are contiguous in a chapter; cut on the loaded slice and map back. A page may start
        // inside a long paragraph (Offset) and may stop inside one (continued = where the next page starts).
        var texts = rows.Select(r => r.Text).ToList();
        var offset = !location.Backward && location.Offset > 0 && location.Offset < texts[0].Length ? location.Offset : 0;
        if (offset > 0)
        {
            texts[0] = texts[0][offset..].TrimStart();
            offset = rows[0].Text.Length - texts[0].Length;
        }

        var window = location.Backward ? cutter.Backward(texts, texts.Count - 1) : cutter.Forward(texts, 0);
        int? continued = window.First == window.Last && cutter.CutIndex(texts[window.First]) < texts[window.First].Length
            ? (window.First == 0 ? offset : 0) + cutter.CutIndex(texts[window.First])
            : null;
        var first = rows[window.First];
        var last = rows[window.Last];
        var paragraphCount = Math.Max(chapter.ParagraphCount, last.Index + 1);

        var neighbours = await ExcerptQueries.ToListAsync(ExcerptQueries.For(db).Neighbours(db, chapter.StoryId, chapter.Number), cancellationToken).ConfigureAwait(false);
        var previousChapter = neighbours.Where(c => c.Number < chapter.Number).MaxBy(c => c.Number);
        var nextChapter = neighbours.Where(c => c.Number > chapter.Number).MinBy(c => c.Number);

        var opensScene = window.First == 0 && offset == 0 && (previousRow is null || previousRow.Scene != first.Scene);
        var heading = opensScene && !string.IsNullOrWhiteSpace(first.SceneHeading)
            ? Markdown.Italic("— " + Markdown.Escape(first.SceneHeading.Trim()) + " —") + "\n\n"
            : string.Empty;
        var description = heading + (offset > 0 ? "… " : string.Empty)
            + string.Join("\n\n", window.Paragraphs.Select(text => Highlight(text, highlight)));
        var chapterLabel = string.IsNullOrWhiteSpace(chapter.Title)
            ? string.Create(CultureInfo.InvariantCulture, $"Chapter {chapter.Number}")
            : string.Create(CultureInfo.InvariantCulture, $"{chapter.Number}. {Markdown.Escape(chapter.Title)}");
        var position = first.Index == last.Index
            ? string.Create(CultureInfo.InvariantCulture, $"Scene {first.Scene + 1} · ¶ {first.Index + 1} of {paragraphCount}")
            : string.Create(CultureInfo.InvariantCulture, $"Scene {first.Scene + 1} · ¶ {first.Index + 1}–{last.Index + 1} of {paragraphCount}");
        var embed = new BotEmbed
        {
            Title = Markdown.Truncate(Markdown.Escape(chapter.StoryTitle), 250),
            Author = chapter.Author is null ? null : Markdown.Truncate(chapter.Author, 250),
            Url = Uri.TryCreate(chapter.SourceUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url : null,
            Description = description,
            Color = StoryStyle.Color(chapter.Rating),
            Fields =
            [
                new BotEmbedField("Chapter", chapterLabel, Inline: true),
                new BotEmbedField("Position", position, Inline: true),
                new BotEmbedField("Words", StoryStyle.Number(window.WordCount), Inline: true),
            ],
            Footer = note,
        };

        var previous = offset > 0 && window.First == 0
            ? new ExcerptLocation(chapter.Id, first.Index)
            : first.Index > 0
            ? new ExcerptLocation(chapter.Id, first.Index, Backward: true)
            : previousChapter is null ? null : new ExcerptLocation(previousChapter.Id, previousChapter.ParagraphCount, Backward: true);
        var next = continued is { } resume
            ? new ExcerptLocation(chapter.Id, last.Index, Offset: resume)
            : last.Index + 1 < paragraphCount
            ? new ExcerptLocation(chapter.Id, last.Index + 1)
            : nextChapter is null ? null : new ExcerptLocation(nextChapter.Id, 0);
        var atChapterStart = first.Index == 0 && offset == 0;
        var atChapterEnd = last.Index + 1 >= paragraphCount && continued is null;
        var owner = context.User.Id;
        var buttons = BotButtonRow.Of(
            new BotButton(atChapterStart && previous is not null ? "◀ Previous chapter" : "◀ Previous", (previous is null ? null : previous with { Owner = owner })?.ToCustomId() ?? "ex:none:p") { Disabled = previous is null },
            new BotButton(atChapterEnd && next is not null ? "Next chapter ▶" : "Next ▶", (next is null ? null : next with { Owner = owner })?.ToCustomId() ?? "ex:none:n", BotButtonStyle.Primary) { Disabled = next is null });
        return BotReply.Public(BotMessage.FromEmbed(embed, buttons));
    }

    /// <summary>The paragraph escaped for Discord (keeping the author's emphasis), with the searched words in <b>bold</b>.</summary>
    private static string Highlight(string text, IReadOnlyList<string> terms)
    {
        var plain = FootnoteMarkers.Strip(text);
        return SearchHighlighter.Render(plain, SearchHighlighter.Ranges(plain, terms), "**", "**", Markdown.ProseEscaper(plain));
    }
}
