using System.Globalization;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using StoryBot.Commands;
using StoryBot.Daily.Chapters;

namespace StoryBot.Daily.Posting;

/// <summary>Renders a chapter card as the daily post (and its preview).</summary>
public sealed class DailyMessageBuilder(IOptions<DailyOptions> options)
{

    public BotMessage Build(DailyChapterCard card, LocalDate date, ulong? roleId, Instant postedAt)
    {
        ArgumentNullException.ThrowIfNull(card);

        var chapterLabel = DailyChapterQuery.ChapterLabel(card.ChapterNumber, card.ChapterTitle);
        var fields = new List<BotEmbedField>();
        if (!string.IsNullOrWhiteSpace(card.Author))
        {
            fields.Add(new("Author", Markdown.Truncate(Markdown.Escape(card.Author), 1024), Inline: true));
        }

        fields.AddRange(
        [
            new("Chapter", string.Create(CultureInfo.InvariantCulture, $"{card.ChapterNumber} of {card.StoryChapterCount}"), Inline: true),
            new("Rating", Stories.StoryStyle.Label(card.Rating), Inline: true),
            new("Words", card.WordCount.ToString("N0", CultureInfo.InvariantCulture), Inline: true),
            new("Reading time", ReadingTime.Format(card.WordCount, options.Value.WordsPerMinute), Inline: true),
        ]);
        if (!string.IsNullOrWhiteSpace(card.StorySummary) && !string.IsNullOrWhiteSpace(card.OpeningLines))
        {
            fields.Add(new BotEmbedField("About the story", Markdown.Truncate(Markdown.EscapeProse(card.StorySummary.Trim()), 1024)));
        }

        var embed = new BotEmbed
        {
            Title = Markdown.Truncate(Markdown.Escape($"{card.StoryTitle} — {chapterLabel}"), 256),
            Description = Opening(card),
            Url = card.SourceUrl,
            Color = RatingColors.For(card.Rating),
            Author = "📚 Chapter of the day",
            Fields = fields,
            Footer = $"Chapter of the day · {Scheduling.TimeDisplay.Date.Format(date)}",
            Timestamp = postedAt.ToDateTimeOffset(),
        };

        var buttons = new List<BotButton>
        {
            new("Read an excerpt", ExcerptButtonId.ForPost(card.ChapterId), BotButtonStyle.Primary) { Emoji = "📖" },
        };
        if (card.SourceUrl is not null)
        {
            buttons.Add(new BotButton("Full chapter", null, BotButtonStyle.Link) { Url = card.SourceUrl });
        }

        return new BotMessage
        {
            Content = roleId is { } role ? $"<@&{role}> today's chapter is here!" : null,
            AllowedRoleMention = roleId,
            Embeds = [embed],
            Components = [new BotButtonRow(buttons)],
        };
    }

    private static string Opening(DailyChapterCard card)
    {
        if (string.IsNullOrWhiteSpace(card.OpeningLines))
        {
            return string.IsNullOrWhiteSpace(card.StorySummary)
                ? "*No preview text for this chapter.*"
                : Markdown.Truncate(Markdown.EscapeProse(card.StorySummary.Trim()), 1000);
        }

        var escaped = Markdown.Truncate(Markdown.EscapeProse(FootnoteMarkers.Strip(card.OpeningLines.Trim())), DailyChapterQuery.OpeningMax);
        var quoted = string.Join('\n', escaped.Split('\n').Select(line => line.Length == 0 ? ">" : $"> {line}"));
        return quoted;
    }
}
