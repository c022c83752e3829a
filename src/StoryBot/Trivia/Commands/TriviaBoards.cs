using Microsoft.Extensions.Options;
using StoryBot.Commands;
using StoryBot.Trivia.Games;
using StoryBot.Trivia.Persistence;
using StoryBot.Trivia.Rendering;

namespace StoryBot.Trivia.Commands;

/// <summary><c>/trivia leaderboard [period]</c> and <c>/trivia stats [user]</c>, read from the stored answers.</summary>
public sealed class TriviaBoards(TriviaStore store, IOptions<TriviaOptions> options, TriviaClock time)
{
    public async Task<BotReply> LeaderboardAsync(SlashCommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var context = invocation.Context;
        if (context.GuildId is null)
        {
            return BotReply.Ephemeral("Leaderboards are per server: use `/trivia leaderboard` in a server channel. `/trivia stats` works here.");
        }

        var period = invocation.Options.GetString("period") is { } text && text.StartsWith('w') ? LeaderboardPeriod.ThisWeek : LeaderboardPeriod.AllTime;
        var since = period == LeaderboardPeriod.ThisWeek ? StartOfWeek(time.GetUtcNow()) : (DateTimeOffset?)null;
        var entries = await store.LeaderboardAsync(context.GuildId, since, options.Value.LeaderboardSize, cancellationToken);
        return BotReply.Public(TriviaBoardMessages.Leaderboard(entries, period));
    }

    public async Task<BotReply> StatsAsync(SlashCommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var context = invocation.Context;
        var userId = invocation.Options.GetSnowflake("user") ?? context.User.Id;
        var stats = await store.StatsAsync(context.GuildId, userId, cancellationToken);
        var where = context.GuildId is null ? "here" : "in this server";
        var who = userId == context.User.Id ? "You haven't" : $"{TriviaFormat.Player(userId)} hasn't";
        return stats.Answered == 0
            ? BotReply.Ephemeral($"{who} played trivia {where} yet. `/trivia start` starts a game.")
            : BotReply.Public(TriviaBoardMessages.Stats(stats with { UserId = userId }));
    }

    /// <summary>Monday 00:00 UTC of the week containing <paramref name="now"/>.</summary>
    public static DateTimeOffset StartOfWeek(DateTimeOffset now)
    {
        var date = now.UtcDateTime.Date;
        var sinceMonday = ((int)date.DayOfWeek + 6) % 7;
        return new DateTimeOffset(date.AddDays(-sinceMonday), TimeSpan.Zero);
    }
}
