using StoryBot.Commands;
using StoryBot.Daily.Chapters;
using StoryBot.Daily.Posting;

namespace StoryBot.Daily.Commands;

/// <summary>
/// "Read an excerpt" on the daily post: the chapter's opening, only for the presser, with "Keep reading" to page on.
/// The rating is checked again against the channel where the button is pressed.
/// </summary>
public sealed class DailyExcerptButtons(DailyChapterQuery chapters) : IComponentHandler
{
    public string CustomIdPrefix => ExcerptButtonId.Prefix;

    public async Task<BotReply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (!ExcerptButtonId.TryParse(invocation.CustomId, out var chapterId, out var paragraph, out var isNextPage))
        {
            return BotReply.Ephemeral("This button no longer does anything.");
        }

        var passage = await chapters.GetPassageAsync(chapterId, paragraph, cancellationToken);
        if (passage is null)
        {
            return BotReply.Ephemeral("That chapter isn't in the library any more.");
        }

        if (!RatingPolicy.IsAllowed(passage.Rating, invocation.Context))
        {
            return RatingPolicy.Refusal(passage.StoryTitle, passage.Rating);
        }

        var text = passage.Text.Length == 0 ? "*That's the end of the chapter.*" : Markdown.Truncate(Markdown.EscapeProse(FootnoteMarkers.Strip(passage.Text)), 4000);
        var embed = new BotEmbed
        {
            Title = Markdown.Truncate(Markdown.Escape($"{passage.StoryTitle} — {passage.ChapterLabel}"), 256),
            Description = text,
            Color = RatingColors.For(passage.Rating),
            Footer = passage.NextParagraph is null ? "End of chapter" : "Only you can see this excerpt",
        };
        var rows = passage.NextParagraph is { } next
            ? new[] { BotButtonRow.Of(new BotButton("Keep reading", ExcerptButtonId.ForNextPage(chapterId, next)) { Emoji = "➡️" }) }
            : [];
        var message = BotMessage.FromEmbed(embed, rows);

        // From the public post: a new message only the presser sees. From that message: turn its page.
        return isNextPage ? BotReply.Update(message) : BotReply.Ephemeral(message);
    }
}
