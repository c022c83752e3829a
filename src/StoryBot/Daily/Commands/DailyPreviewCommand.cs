using Microsoft.EntityFrameworkCore;
using NodaTime;
using StoryBot.Commands;
using StoryBot.Daily.Chapters;
using StoryBot.Daily.Persistence;
using StoryBot.Daily.Posting;
using StoryBot.Daily.Scheduling;

namespace StoryBot.Daily.Commands;

/// <summary><c>/daily preview</c>: the next post, only to the caller; claims nothing and leaves the rotation unchanged.</summary>
public sealed class DailyPreviewCommand(
    DailyDbContext db,
    DailyPoster poster,
    DailyChapterQuery chapters,
    DailyMessageBuilder builder,
    IChannelMessenger messenger,
    NextPostFinder nextPost,
    TimeZoneCatalog zones,
    TimeProvider time)
{
    public async Task<BotReply> HandleAsync(SlashCommandInvocation invocation, ulong guildId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var schedule = await db.Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.GuildId == guildId, cancellationToken);

        // Preview for the configured channel (its NSFW flag decides the rotation), else for this channel.
        var allowMature = schedule is null
            ? invocation.Context.ChannelIsNsfw
            : (await messenger.GetChannelAsync(schedule.ChannelId, cancellationToken)).IsNsfw;
        var pick = await poster.PeekAsync(guildId, allowMature, cancellationToken);
        var card = pick is null ? null : await chapters.GetCardAsync(pick.Value.ChapterId, cancellationToken);
        if (card is null)
        {
            return BotReply.Ephemeral(allowMature
                ? "There are no chapters to post yet. Import some stories first."
                : "There are no chapters rated General or Teen to post in a channel that isn't age-restricted.");
        }

        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var when = schedule is null ? null : await nextPost.FindAsync(schedule, cancellationToken);
        var zone = schedule is null ? null : zones.Find(schedule.TimeZone);
        var date = when is { } w && zone is not null ? w.InZone(zone).Date : now.InUtc().Date;
        var message = builder.Build(card, date, roleId: null, when ?? now);
        var header = when is { } next
            ? $"👀 Preview of the post due {TimeDisplay.DiscordTimestamp(next)} — only you can see this, nothing was posted."
            : "👀 Preview — only you can see this. Turn the chapter of the day on with /daily set.";
        return BotReply.Ephemeral(message with { Content = header });
    }
}
