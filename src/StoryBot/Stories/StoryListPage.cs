using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StoryBot.Commands;
using StoryBot.Data;

namespace StoryBot.Stories;

/// <summary>One page of /story list, with "◀" / "▶" buttons carrying the page number (<c>st:l:&lt;page&gt;</c>).</summary>
public sealed class StoryListPage(StoryDbContext db)
{
    public const int PageSize = 10;

    public async Task<BotReply> BuildAsync(int page, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var all = db.Stories.AsNoTracking();
        var visible = context.AllowsMatureContent ? all : all.Where(s => s.Rating < Corpus.Model.Rating.Mature);
        var total = await visible.CountAsync(cancellationToken).ConfigureAwait(false);
        var hidden = await all.CountAsync(cancellationToken).ConfigureAwait(false) - total;
        if (total == 0)
        {
            return BotReply.Ephemeral(hidden > 0
                ? "Every story in the library is rated Mature or Explicit; ask for the list in an NSFW channel or a DM."
                : "The library is empty: no stories have been imported yet.");
        }

        var pages = (total + PageSize - 1) / PageSize;
        if (page > pages)
        {
            return BotReply.Ephemeral(string.Create(CultureInfo.InvariantCulture,
                $"There is no page {page}: the list has {pages} {(pages == 1 ? "page" : "pages")} ({total} {(total == 1 ? "story" : "stories")}). Try `/story list page:{pages}`."));
        }

        page = Math.Max(page, 1);
        var stories = await visible
            .OrderBy(s => s.Title)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(s => new { s.Title, s.Author, s.Rating, Chapters = s.Chapters.Count, Words = s.Chapters.Sum(c => c.WordCount) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder();
        foreach (var story in stories)
        {
            text.Append(CultureInfo.InvariantCulture, $"**{Markdown.Escape(story.Title)}**");
            if (story.Author is not null)
            {
                text.Append(" by ").Append(Markdown.Escape(story.Author));
            }

            text.Append(CultureInfo.InvariantCulture,
                $"\n{StoryStyle.Label(story.Rating)} · {story.Chapters} chapter{(story.Chapters == 1 ? "" : "s")} · {StoryStyle.Number(story.Words)} words\n");
        }

        var footer = string.Create(CultureInfo.InvariantCulture, $"Page {page} of {pages} · {total} stor{(total == 1 ? "y" : "ies")}");
        if (hidden > 0)
        {
            footer += string.Create(CultureInfo.InvariantCulture, $" · {hidden} more rated Mature/Explicit are listed in NSFW channels");
        }

        var embed = new BotEmbed
        {
            Title = "📚 Stories in the library",
            Description = text.ToString().TrimEnd() + "\n\nUse `/story info story:` for details or `/excerpt story:` to read.",
            Color = 0x5865F2,
            Footer = footer,
        };
        var buttons = pages > 1
            ? new[]
            {
                BotButtonRow.Of(
                    new BotButton("◀ Previous", string.Create(CultureInfo.InvariantCulture, $"{StoryButtons.Prefix}:l:{page - 1}")) { Disabled = page <= 1 },
                    new BotButton("Next ▶", string.Create(CultureInfo.InvariantCulture, $"{StoryButtons.Prefix}:l:{page + 1}"), BotButtonStyle.Primary) { Disabled = page >= pages }),
            }
            : [];
        return BotReply.Public(BotMessage.FromEmbed(embed, buttons));
    }
}
