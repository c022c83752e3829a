using System.Globalization;
using System.Text;
using StoryBot.Commands;
using StoryBot.Trivia.Persistence;

namespace StoryBot.Trivia.Rendering;

/// <summary>The leaderboard and stats embeds.</summary>
public static class TriviaBoardMessages
{
    public static BotMessage Leaderboard(IReadOnlyList<LeaderboardEntry> entries, LeaderboardPeriod period)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var when = period == LeaderboardPeriod.ThisWeek ? "this week" : "all time";
        var text = new StringBuilder();
        if (entries.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"No trivia answers {(period == LeaderboardPeriod.ThisWeek ? "this week" : "yet")}. Start a game with `/trivia start`!");
        }

        foreach (var entry in entries)
        {
            var rank = entry.Rank switch { 1 => "🥇", 2 => "🥈", 3 => "🥉", _ => string.Create(CultureInfo.InvariantCulture, $"{entry.Rank}.") };
            text.Append(rank).Append(' ').Append(TriviaFormat.Player(entry.UserId))
                .Append(" — ").Append(TriviaFormat.Points(entry.Points)).Append(" pts")
                .Append(" · ").Append(TriviaFormat.RightOf(entry.Correct, entry.Answered))
                .AppendLine(CultureInfo.InvariantCulture, $" · {entry.Games} {(entry.Games == 1 ? "game" : "games")}");
        }

        return BotMessage.FromEmbed(new BotEmbed
        {
            Title = $"🏆 Trivia leaderboard — {when}",
            Description = text.ToString().TrimEnd(),
            Color = TriviaFormat.PodiumColor,
            Footer = period == LeaderboardPeriod.ThisWeek ? "Weeks start on Monday, 00:00 UTC" : "/trivia stats for your own record",
        });
    }

    /// <summary>A player's record; the player is a user mention (<see cref="TriviaFormat.Player"/>).</summary>
    public static BotMessage Stats(PlayerStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return BotMessage.FromEmbed(new BotEmbed
        {
            Title = "📊 Trivia stats",
            Description = TriviaFormat.Player(stats.UserId),
            Color = TriviaFormat.QuestionColor,
            Fields =
            [
                new BotEmbedField("Games", stats.Games.ToString(CultureInfo.InvariantCulture), true),
                new BotEmbedField("Right answers", string.Create(CultureInfo.InvariantCulture, $"{stats.Correct} of {stats.Answered}"), true),
                new BotEmbedField("Accuracy", Math.Round(stats.Accuracy * 100).ToString("0", CultureInfo.InvariantCulture) + "%", true),
                new BotEmbedField("Points", TriviaFormat.Points(stats.Points), true),
                new BotEmbedField("Best streak", stats.BestStreak.ToString(CultureInfo.InvariantCulture), true),
                new BotEmbedField("Fastest right answer", stats.FastestCorrect is { } fastest ? TriviaFormat.Seconds(fastest) : "—", true),
            ],
        });
    }
}
