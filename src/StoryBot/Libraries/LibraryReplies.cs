using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using StoryBot.Commands;
using StoryBot.Data.Libraries;

namespace StoryBot.Libraries;

/// <summary>The list of a server's own stories with its limits, and the confirmations before removing or clearing.</summary>
public sealed class LibraryReplies(GuildLibraryService libraries, IOptions<LibraryLimits> limits)
{
    private const int PageSize = 10;

    public async Task<BotReply> ListAsync(ulong guild, int page, CancellationToken cancellationToken)
    {
        var stories = await libraries.ListAsync(guild, page, PageSize, cancellationToken);
        var usage = await libraries.UsageAsync(guild, cancellationToken);
        var max = limits.Value;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"📚 This server's library: {usage.Stories} of {max.MaxStories} stories · {AttachmentDownloader.Size(usage.Bytes)} of {AttachmentDownloader.Size(max.MaxLibraryBytes)} · {usage.UploadsLastHour} of {max.UploadsPerHour} uploads this hour");
        text.AppendLine().Append(usage.SharedHidden ? "The shared library is hidden here (`/library shared show` to show it)." : "Members also see the shared library (`/library shared hide` to hide it).");
        if (usage.HasCharacters)
        {
            text.AppendLine().Append("A characters.json is set for this server.");
        }

        text.AppendLine();
        if (stories.Items.Count == 0)
        {
            text.AppendLine().Append(stories.TotalCount == 0 ? "No stories yet: add one with `/library add file:`." : "No stories on that page.");
        }

        foreach (var story in stories.Items)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture,
                $"• **{Markdown.Escape(story.Title)}**{(story.Author is { } a ? " by " + Markdown.Escape(a) : string.Empty)} — {story.ChapterCount} chapters, {story.WordCount:N0} words, {story.Rating}");
        }

        if (stories.PageCount > 1)
        {
            text.AppendLine().AppendLine().Append(CultureInfo.InvariantCulture, $"Page {stories.PageNumber} of {stories.PageCount} (`/library list page:`).");
        }

        return BotReply.Ephemeral(Markdown.Truncate(text.ToString(), 1900));
    }

    public async Task<BotReply> ConfirmRemoveAsync(ulong guild, string? typed, CancellationToken cancellationToken)
    {
        var story = typed is null ? null : await libraries.FindAsync(guild, typed, cancellationToken);
        if (story is null)
        {
            return BotReply.Ephemeral("This server's library has no story by that name. `/library list` shows them.");
        }

        var message = BotMessage.Text(string.Create(CultureInfo.InvariantCulture,
            $"Remove **{Markdown.Escape(story.Title)}** ({story.ChapterCount} chapters) from this server's library? This cannot be undone.")) with
        {
            Components =
            [
                BotButtonRow.Of(
                    new BotButton("Remove", LibraryButtons.RemoveId(story.Id), BotButtonStyle.Danger),
                    new BotButton("Cancel", LibraryButtons.CancelId, BotButtonStyle.Secondary)),
            ],
        };
        return BotReply.Ephemeral(message);
    }

    public static BotReply ConfirmClear() => BotReply.Ephemeral(BotMessage.Text(
        "Delete **every** story of this server's library, and its characters.json and settings? This cannot be undone.") with
    {
        Components =
        [
            BotButtonRow.Of(
                new BotButton("Delete everything", LibraryButtons.ClearId, BotButtonStyle.Danger),
                new BotButton("Cancel", LibraryButtons.CancelId, BotButtonStyle.Secondary)),
        ],
    });
}
