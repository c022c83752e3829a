using StoryBot.Trivia.Questions;
using StoryBot.Trivia.Scoring;

namespace StoryBot.Trivia.Games;

/// <summary>
/// The state of one running game, safe to touch from the game loop and from button presses at once. It holds no
/// timers: the loop opens and closes rounds, presses are judged against the round's deadline, and every method takes
/// the time from its caller (who got it from a <see cref="TimeProvider"/>).
/// </summary>
public sealed class TriviaGame : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Scorer _scorer;
    private readonly Dictionary<ulong, PlayerScore> _players = [];
    private readonly Dictionary<ulong, RoundAnswer> _answers = [];
    private readonly HashSet<string> _usedSources = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private GameRound? _round;

    public TriviaGame(long id, ulong? guildId, ulong channelId, ulong starterId, string starterName, GameSettings settings, DateTimeOffset startedAt, Scorer scorer)
    {
        Id = id;
        GuildId = guildId;
        ChannelId = channelId;
        StarterId = starterId;
        StarterName = starterName;
        Settings = settings;
        StartedAt = startedAt;
        _scorer = scorer;
    }

    public long Id { get; }

    public ulong? GuildId { get; }

    public ulong ChannelId { get; }

    public ulong StarterId { get; }

    public string StarterName { get; }

    public GameSettings Settings { get; }

    public DateTimeOffset StartedAt { get; }

    public GamePhase Phase { get; private set; } = GamePhase.Starting;

    public GameEndReason? EndReason { get; private set; }

    /// <summary>Who ran <c>/trivia stop</c>, when that ended the game.</summary>
    public string? StoppedBy { get; private set; }

    /// <summary>Rounds in a row that closed without a single answer.</summary>
    public int IdleRounds { get; private set; }

    /// <summary>Rounds that were opened (asked), including the current one.</summary>
    public int RoundsAsked { get; private set; }

    /// <summary>Signalled by <see cref="RequestStop"/>; the loop waits on it together with the round deadline.</summary>
    public CancellationToken StopRequested => _stop.Token;

    public GameRound? CurrentRound
    {
        get
        {
            lock (_gate)
            {
                return _round;
            }
        }
    }

    public IReadOnlySet<string> UsedSources
    {
        get
        {
            lock (_gate)
            {
                return _usedSources.ToHashSet(StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Players by points, then by right answers, then by who got their fastest right answer soonest.</summary>
    public IReadOnlyList<PlayerScore> Standings()
    {
        lock (_gate)
        {
            return [.. _players.Values
                .OrderByDescending(player => player.Points)
                .ThenByDescending(player => player.Correct)
                .ThenBy(player => player.FastestCorrect ?? TimeSpan.MaxValue)
                .ThenBy(player => player.Name, StringComparer.OrdinalIgnoreCase)];
        }
    }

    public void OpenRound(TriviaQuestion question, DateTimeOffset openedAt, TimeSpan window, ulong? messageId)
    {
        lock (_gate)
        {
            if (Phase == GamePhase.Ended)
            {
                throw new InvalidOperationException("The game has ended.");
            }

            if (Phase == GamePhase.Asking)
            {
                throw new InvalidOperationException("A round is already open.");
            }

            RoundsAsked++;
            _round = new GameRound(RoundsAsked, question, openedAt, openedAt + window, messageId);
            _answers.Clear();
            _usedSources.Add(question.SourceKey);
            Phase = GamePhase.Asking;
        }
    }

    /// <summary>Withdraws the open round when its message could not be posted: nobody could have answered it.</summary>
    public void CancelRound()
    {
        lock (_gate)
        {
            if (Phase != GamePhase.Asking)
            {
                return;
            }

            RoundsAsked--;
            _round = null;
            _answers.Clear();
            Phase = GamePhase.Revealing;
        }
    }

    /// <summary>The loop learns the message id only after posting; presses can't arrive before the message exists.</summary>
    public void AttachMessage(ulong messageId)
    {
        lock (_gate)
        {
            if (_round is not null)
            {
                _round = _round with { MessageId = messageId };
            }
        }
    }

    /// <summary>Records a press on choice <paramref name="choice"/> of round <paramref name="roundNumber"/>.</summary>
    public AnswerOutcome TryAnswer(ulong userId, string name, int roundNumber, int choice, DateTimeOffset at)
    {
        lock (_gate)
        {
            if (Phase == GamePhase.Ended)
            {
                return AnswerOutcome.GameOver;
            }

            if (Phase != GamePhase.Asking || _round is null || _round.Number != roundNumber || at >= _round.Deadline)
            {
                return AnswerOutcome.TooLate;
            }

            if (_answers.ContainsKey(userId))
            {
                return AnswerOutcome.AlreadyAnswered;
            }

            if (choice < 0 || choice >= _round.Question.Choices.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(choice), choice, "No such choice.");
            }

            var elapsed = at < _round.OpenedAt ? TimeSpan.Zero : at - _round.OpenedAt;
            _answers[userId] = new RoundAnswer(userId, name, choice, at, elapsed, choice == _round.Question.AnswerIndex, AnswerScore.Wrong);
            return AnswerOutcome.Accepted;
        }
    }

    /// <summary>Closes the open round: scores every answer, updates streaks (a missed question breaks a streak too).</summary>
    public RoundResult CloseRound()
    {
        lock (_gate)
        {
            if (Phase != GamePhase.Asking || _round is null)
            {
                throw new InvalidOperationException("No round is open.");
            }

            var window = _round.Deadline - _round.OpenedAt;
            var scored = new List<RoundAnswer>();
            foreach (var answer in _answers.Values.OrderBy(answer => answer.Elapsed).ThenBy(answer => answer.UserId))
            {
                var player = _players.GetValueOrDefault(answer.UserId) ?? new PlayerScore(answer.UserId, answer.Name);
                var score = _scorer.Score(answer.Correct, answer.Elapsed, window, player.Streak);
                _players[answer.UserId] = player with
                {
                    Name = answer.Name,
                    Points = player.Points + score.Points,
                    Answered = player.Answered + 1,
                    Correct = player.Correct + (answer.Correct ? 1 : 0),
                    Streak = score.Streak,
                    BestStreak = Math.Max(player.BestStreak, score.Streak),
                    FastestCorrect = answer.Correct && (player.FastestCorrect is null || answer.Elapsed < player.FastestCorrect) ? answer.Elapsed : player.FastestCorrect,
                };
                scored.Add(answer with { Score = score });
            }

            foreach (var absent in _players.Keys.Where(id => !_answers.ContainsKey(id)).ToList())
            {
                _players[absent] = _players[absent] with { Streak = 0 };
            }

            IdleRounds = scored.Count == 0 ? IdleRounds + 1 : 0;
            Phase = GamePhase.Revealing;
            return new RoundResult(_round, scored);
        }
    }

    /// <summary>Asks the loop to stop; false when the game is already over.</summary>
    public bool RequestStop(string stoppedBy)
    {
        lock (_gate)
        {
            if (Phase == GamePhase.Ended || _stop.IsCancellationRequested)
            {
                return false;
            }

            StoppedBy = stoppedBy;
        }

        _stop.Cancel();
        return true;
    }

    public void End(GameEndReason reason)
    {
        lock (_gate)
        {
            if (Phase == GamePhase.Ended)
            {
                return;
            }

            EndReason = reason;
            Phase = GamePhase.Ended;
        }
    }

    public void Dispose() => _stop.Dispose();
}
