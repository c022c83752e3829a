using Microsoft.EntityFrameworkCore;
using StoryBot.Trivia.Games;

namespace StoryBot.Trivia.Persistence;

/// <summary>Everything trivia reads and writes: games, rounds, answers, the recent-question history, boards and stats.</summary>
public sealed class TriviaStore(TriviaDatabase database)
{
    /// <summary>How many of a channel's latest questions "not again so soon" considers.</summary>
    public const int RecentHistorySize = 500;

    public async Task<long> CreateGameAsync(TriviaGameRecord game, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(game);
        await using var context = await database.OpenAsync(cancellationToken);
        context.Games.Add(game);
        await context.SaveChangesAsync(cancellationToken);
        return game.Id;
    }

    public async Task<long> AddRoundAsync(long gameId, TriviaGame game, GameRound round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(round);
        await using var context = await database.OpenAsync(cancellationToken);
        var record = new TriviaRoundRecord
        {
            GameId = gameId,
            Number = round.Number,
            GuildId = game.GuildId,
            ChannelId = game.ChannelId,
            Kind = round.Question.Kind,
            QuestionKey = round.Question.Key,
            StoryId = round.Question.StoryId,
            AnswerIndex = round.Question.AnswerIndex,
            MessageId = round.MessageId,
            AskedAt = round.OpenedAt.UtcDateTime,
        };
        context.Rounds.Add(record);
        await context.SaveChangesAsync(cancellationToken);
        return record.Id;
    }

    /// <summary>Closes a round and stores its scored answers.</summary>
    public async Task SaveResultAsync(long roundId, TriviaGame game, RoundResult result, DateTimeOffset closedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(result);
        await using var context = await database.OpenAsync(cancellationToken);
        var round = await context.Rounds.SingleAsync(r => r.Id == roundId, cancellationToken);
        round.ClosedAt = closedAt.UtcDateTime;
        foreach (var answer in result.Answers)
        {
            round.Answers.Add(new TriviaAnswerRecord
            {
                GameId = game.Id,
                GuildId = game.GuildId,
                UserId = answer.UserId,
                UserName = Clip(answer.Name),
                Choice = answer.Choice,
                Correct = answer.Correct,
                ElapsedMilliseconds = (int)Math.Min(int.MaxValue, answer.Elapsed.TotalMilliseconds),
                Points = answer.Score.Points,
                StreakAfter = answer.Score.Streak,
                AnsweredAt = answer.At.UtcDateTime,
            });
        }

        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task EndGameAsync(long gameId, GameEndReason reason, DateTimeOffset endedAt, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var game = await context.Games.SingleOrDefaultAsync(g => g.Id == gameId, cancellationToken);
        if (game is null || game.Status == GameStatus.Ended)
        {
            return;
        }

        game.Status = GameStatus.Ended;
        game.EndReason = reason;
        game.EndedAt = endedAt.UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Marks every game still "running" as ended by a restart; returns them so their channels can be told.</summary>
    /// <summary>
    /// Ends the games left running by a process that stopped, for the servers <paramref name="owns"/> says this process
    /// serves (with several processes, another one's live games are not touched; DMs belong to shard 0).
    /// </summary>
    public async Task<IReadOnlyList<AbandonedGame>> EndAbandonedGamesAsync(DateTimeOffset now, Func<ulong?, bool> owns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owns);
        await using var context = await database.OpenAsync(cancellationToken);
        var running = (await context.Games
            .Where(g => g.Status == GameStatus.Running)
            .Include(g => g.RoundRecords.Where(r => r.ClosedAt == null))
            .ToListAsync(cancellationToken))
            .Where(g => owns(g.GuildId))
            .ToList();
        foreach (var game in running)
        {
            game.Status = GameStatus.Ended;
            game.EndReason = GameEndReason.Shutdown;
            game.EndedAt = now.UtcDateTime;
            foreach (var round in game.RoundRecords)
            {
                round.ClosedAt = now.UtcDateTime;
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        return [.. running.Select(game => new AbandonedGame(
            game.Id,
            game.ChannelId,
            game.RoundRecords.OrderByDescending(r => r.Number).Select(r => r.MessageId).FirstOrDefault()))];
    }

    public async Task<StoredGame?> FindGameAsync(long gameId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var game = await context.Games.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gameId, cancellationToken);
        return game is null
            ? null
            : new StoredGame(game.Id, game.ChannelId, game.Status, game.EndReason, game.EndedAt is { } ended ? new DateTimeOffset(ended, TimeSpan.Zero) : null);
    }

    /// <summary>The channel's latest questions and when each was last asked.</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> RecentQuestionsAsync(ulong channelId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.Rounds.AsNoTracking()
            .Where(r => r.ChannelId == channelId)
            .OrderByDescending(r => r.AskedAt)
            .Take(RecentHistorySize)
            .Select(r => new { r.QuestionKey, r.AskedAt })
            .ToListAsync(cancellationToken);
        var recent = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            recent.TryAdd(row.QuestionKey, new DateTimeOffset(row.AskedAt, TimeSpan.Zero));
        }

        return recent;
    }

    public async Task<IReadOnlyList<LeaderboardEntry>> LeaderboardAsync(ulong? guildId, DateTimeOffset? since, int take, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var answers = context.Answers.AsNoTracking().Where(a => a.GuildId == guildId);
        if (since is { } from)
        {
            var fromUtc = from.UtcDateTime;
            answers = answers.Where(a => a.AnsweredAt >= fromUtc);
        }

        var rows = await answers
            .GroupBy(a => a.UserId)
            .Select(g => new
            {
                UserId = g.Key,
                Points = g.Sum(a => a.Points),
                Correct = g.Count(a => a.Correct),
                Answered = g.Count(),
                Games = g.Select(a => a.GameId).Distinct().Count(),
            })
            .OrderByDescending(row => row.Points)
            .ThenByDescending(row => row.Correct)
            .ThenBy(row => row.UserId)
            .Take(take)
            .ToListAsync(cancellationToken);
        var entries = new List<LeaderboardEntry>(rows.Count);
        foreach (var row in rows)
        {
            var name = await LatestNameAsync(context, guildId, row.UserId, cancellationToken) ?? row.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            entries.Add(new LeaderboardEntry(entries.Count + 1, row.UserId, name, row.Points, row.Correct, row.Answered, row.Games));
        }

        return entries;
    }

    public async Task<PlayerStats> StatsAsync(ulong? guildId, ulong userId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var answers = context.Answers.AsNoTracking().Where(a => a.UserId == userId && (guildId == null || a.GuildId == guildId));
        var totals = await answers
            .GroupBy(a => a.UserId)
            .Select(g => new
            {
                Games = g.Select(a => a.GameId).Distinct().Count(),
                Answered = g.Count(),
                Correct = g.Count(a => a.Correct),
                Points = g.Sum(a => a.Points),
                BestStreak = g.Max(a => a.StreakAfter),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (totals is null)
        {
            return new PlayerStats(userId, null, 0, 0, 0, 0, 0, null);
        }

        var fastest = await answers.Where(a => a.Correct).Select(a => (int?)a.ElapsedMilliseconds).MinAsync(cancellationToken);
        var name = await LatestNameAsync(context, guildId, userId, cancellationToken);
        return new PlayerStats(
            userId,
            name,
            totals.Games,
            totals.Answered,
            totals.Correct,
            totals.Points,
            totals.BestStreak,
            fastest is { } ms ? TimeSpan.FromMilliseconds(ms) : null);
    }

    private static Task<string?> LatestNameAsync(TriviaDbContext context, ulong? guildId, ulong userId, CancellationToken cancellationToken) =>
        context.Answers.AsNoTracking()
            .Where(a => a.UserId == userId && (guildId == null || a.GuildId == guildId))
            .OrderByDescending(a => a.AnsweredAt)
            .Select(a => a.UserName)
            .FirstOrDefaultAsync(cancellationToken);

    private static string Clip(string name) => name.Length <= 100 ? name : name[..100];
}
