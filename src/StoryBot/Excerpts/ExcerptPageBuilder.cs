using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StoryBot.Commands;
using StoryBot.Data;
using StoryBot.Stories;

namespace StoryBot.Excerpts;

/// <summary>
/// Loads the paragraphs at an <see cref="ExcerptLocation"/>, cuts a passage and renders it: story title, author,
/// chapter, position, words, the source file, and "◀ Previous" / "Next ▶" buttons that carry the next location
/// (crossing into the previous/next chapter at chapter ends).
/// </summary>
public sealed class ExcerptPageBuilder(StoryDbContext db, IOptions<ExcerptOptions> options)
{
    public async Task<BotReply> BuildAsync(ExcerptLocation location, IReadOnlyList<string> highlight, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(highlight);
        ArgumentNullException.ThrowIfNull(context);
        var chapter = await db.Chapters.AsNoTracking()
            .Where(c => c.Id == location.ChapterId)
            .Select(c => new
            {
                c.Id, c.Number, c.Title, c.FileName, c.ParagraphCount, c.SceneCount, c.StoryId,
                StoryTitle = c.Story.Title, c.Story.Author, c.Story.Rating, c.Story.SourceUrl,
            })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
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
        var rows = await db.Paragraphs.AsNoTracking()
            .Where(p => p.ChapterId == chapter.Id && p.Index >= low && p.Index <= high)
            .OrderBy(p => p.Index)
            .Select(p => new { p.Index, p.Text, Scene = p.Scene.Index })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return BotReply.Ephemeral("There is no more text in that direction. Try `/excerpt` for another passage.");
        }

        // Paragraph indexes are contiguous in a chapter; cut on the loaded slice and map back.
        var texts = rows.Select(r => r.Text).ToList();
        var window = location.Backward ? cutter.Backward(texts, texts.Count - 1) : cutter.Forward(texts, 0);
        var first = rows[window.First];
        var last = rows[window.Last];
        var paragraphCount = Math.Max(chapter.ParagraphCount, last.Index + 1);

        var neighbours = await db.Chapters.AsNoTracking()
            .Where(c => c.StoryId == chapter.StoryId && c.Number != chapter.Number)
            .Select(c => new { c.Id, c.Number, c.ParagraphCount })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var previousChapter = neighbours.Where(c => c.Number < chapter.Number).MaxBy(c => c.Number);
        var nextChapter = neighbours.Where(c => c.Number > chapter.Number).MinBy(c => c.Number);

        var description = string.Join("\n\n", window.Paragraphs.Select(text => SearchHighlighter.Highlight(text, highlight)));
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
            Footer = $"Source: {chapter.FileName}",
        };

        var previous = first.Index > 0
            ? new ExcerptLocation(chapter.Id, first.Index, Backward: true)
            : previousChapter is null ? null : new ExcerptLocation(previousChapter.Id, previousChapter.ParagraphCount, Backward: true);
        var next = last.Index + 1 < paragraphCount
            ? new ExcerptLocation(chapter.Id, last.Index + 1)
            : nextChapter is null ? null : new ExcerptLocation(nextChapter.Id, 0);
        var atChapterStart = first.Index == 0;
        var atChapterEnd = last.Index + 1 >= paragraphCount;
        var buttons = BotButtonRow.Of(
            new BotButton(atChapterStart && previous is not null ? "◀ Previous chapter" : "◀ Previous", previous?.ToCustomId() ?? "ex:none:p") { Disabled = previous is null },
            new BotButton(atChapterEnd && next is not null ? "Next chapter ▶" : "Next ▶", next?.ToCustomId() ?? "ex:none:n", BotButtonStyle.Primary) { Disabled = next is null });
        return BotReply.Public(BotMessage.FromEmbed(embed, buttons));
    }
}
