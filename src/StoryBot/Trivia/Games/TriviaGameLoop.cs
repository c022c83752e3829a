using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Commands;
using StoryBot.Data.Libraries;
using StoryBot.Trivia.Persistence;
using StoryBot.Trivia.Questions;
using StoryBot.Trivia.Rendering;
using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Games;

/// <summary>
/// Plays one game from first question to podium: ask (a channel message with A–D buttons), wait for the deadline on
/// the <see cref="TimeProvider"/>, close, reveal (edit the same message), pause, repeat. Stops early on
/// <c>/trivia stop</c>, after too many unanswered questions, when questions run out, on repeated Discord errors and
/// at shutdown; in every case it reveals the open question, posts the podium and records the end.
/// Discord and database failures are logged and the game goes on.
/// </summary>
public sealed partial class TriviaGameLoop(
    TriviaQuestionBanks banks,
    TriviaStore store,
    IChannelMessenger messenger,
    TriviaRandom random,
    IOptions<TriviaOptions> options,
    TriviaClock time,
    SessionEnd sessionEnd,
    ILogger<TriviaGameLoop> logger)
{
    /// <summary>How long the goodbye (reveal, podium, database) may take once the host is stopping.</summary>
    public static readonly TimeSpan FarewellTimeout = TimeSpan.FromSeconds(5);


    public async Task RunAsync(TriviaGame game, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(game);
        using var playing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, game.StopRequested);
        var reason = GameEndReason.Finished;
        RoundResult? unrevealed = null;
        try
        {
            (reason, unrevealed) = await PlayAsync(game, playing.Token);
        }
        catch (OperationCanceledException) when (playing.IsCancellationRequested)
        {
            // Stop or shutdown while loading questions: nothing is open.
        }

        if (playing.IsCancellationRequested)
        {
            reason = !stoppingToken.IsCancellationRequested ? GameEndReason.Stopped
                : sessionEnd.EndedNormally ? GameEndReason.SessionEnded
                : GameEndReason.Shutdown;
        }

        game.End(reason);
        LogGameEnded(logger, game.Id, game.ChannelId, reason, game.RoundsAsked);
        using var farewell = stoppingToken.IsCancellationRequested ? new CancellationTokenSource(FarewellTimeout, time) : new CancellationTokenSource();
        if (unrevealed is not null)
        {
            await RevealAsync(game, unrevealed, "The game has ended.", farewell.Token);
        }

        if (reason != GameEndReason.DiscordErrors || game.RoundsAsked > 0)
        {
            await TrySendAsync(game, TriviaMessages.Podium(game), farewell.Token);
        }

        try
        {
            await store.EndGameAsync(game.Id, reason, time.GetUtcNow(), farewell.Token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || farewell.IsCancellationRequested)
        {
            // The next start marks it ended anyway.
            LogStoreFailed(logger, exception, game.Id);
        }
    }

    /// <summary>Plays rounds until the game ends; returns why, and a closed round still to reveal if it was interrupted.</summary>
    private async Task<(GameEndReason Reason, RoundResult? Unrevealed)> PlayAsync(TriviaGame game, CancellationToken token)
    {
        var settings = options.Value;
        var library = await banks.GetAsync(game.Settings.Library ?? LibraryScope.For(game.GuildId, hideShared: false), game.Settings.AllowsMatureContent, token);
        var picker = new QuestionPicker(library, random.Random);
        var recent = await RecentAsync(game, token);
        var failures = 0;
        while (game.RoundsAsked < game.Settings.Rounds)
        {
            token.ThrowIfCancellationRequested();
            var question = await picker.NextAsync(game.Settings.Filter, game.UsedSources, recent, token);
            if (question is null)
            {
                return (GameEndReason.OutOfQuestions, null);
            }

            var openedAt = time.GetUtcNow();
            game.OpenRound(question, openedAt, settings.QuestionWindow, null);
            var round = game.CurrentRound!;
            var (sent, channelGone) = await SendQuestionAsync(game, round, token);
            if (sent is null)
            {
                game.CancelRound();
                if (++failures >= settings.MaxConsecutiveDiscordErrors || channelGone)
                {
                    return (GameEndReason.DiscordErrors, null);
                }

                await PauseAsync(settings.RevealPause, token);
                continue;
            }

            failures = 0;
            game.AttachMessage(sent.MessageId);
            round = game.CurrentRound!;
            var roundId = await AddRoundAsync(game, round);
            var completed = await WaitUntilAsync(round.Deadline, token);
            var result = game.CloseRound();
            await SaveResultAsync(roundId, game, result);
            if (!completed)
            {
                return (GameEndReason.Stopped, result);
            }

            var idle = game.IdleRounds >= settings.IdleRoundsBeforeEnd;
            var last = idle || game.RoundsAsked >= game.Settings.Rounds;
            var footer = last
                ? idle ? "Nobody is answering, so that's the end of the game." : "That was the last question."
                : $"Next question {TriviaFormat.Relative(time.GetUtcNow() + settings.RevealPause)}.";
            await RevealAsync(game, result, footer, token);
            if (idle)
            {
                return (GameEndReason.NoAnswers, null);
            }

            if (!last)
            {
                await PauseAsync(settings.RevealPause, token);
            }
        }

        return (GameEndReason.Finished, null);
    }

    private async Task<IReadOnlyDictionary<string, DateTimeOffset>> RecentAsync(TriviaGame game, CancellationToken token)
    {
        try
        {
            return await store.RecentQuestionsAsync(game.ChannelId, token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogStoreFailed(logger, exception, game.Id);
            return new Dictionary<string, DateTimeOffset>();
        }
    }

    private async Task<(SentMessage? Sent, bool ChannelGone)> SendQuestionAsync(TriviaGame game, GameRound round, CancellationToken token)
    {
        try
        {
            return (await messenger.SendAsync(game.ChannelId, TriviaMessages.Question(game, round), token), false);
        }
        catch (ChannelUnavailableException exception)
        {
            LogChannelUnavailable(logger, exception, game.Id, game.ChannelId);
            return (null, true);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogDiscordFailed(logger, exception, game.Id, "post a question");
            return (null, false);
        }
    }

    private async Task RevealAsync(TriviaGame game, RoundResult result, string? footer, CancellationToken token)
    {
        var reveal = TriviaMessages.Reveal(game, result, footer);
        if (result.Round.MessageId is { } messageId)
        {
            try
            {
                await messenger.EditAsync(game.ChannelId, messageId, reveal, token);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogDiscordFailed(logger, exception, game.Id, "reveal by editing the question");
            }
        }

        // The question message is gone or can't be edited: say it in a new message, without buttons.
        await TrySendAsync(game, reveal with { Components = [] }, token);
    }

    private async Task TrySendAsync(TriviaGame game, BotMessage message, CancellationToken token)
    {
        try
        {
            await messenger.SendAsync(game.ChannelId, message, token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || token.IsCancellationRequested)
        {
            LogDiscordFailed(logger, exception, game.Id, "post a message");
        }
    }

    /// <summary>
    /// Records a posted question. Like <see cref="SaveResultAsync"/> it records what already happened, so it is not
    /// cancelled by a stop or shutdown that begins meanwhile (no score is lost); the database's command timeout bounds
    /// it. Null when the write failed: the question is out, so the round plays on regardless.
    /// </summary>
    private async Task<long?> AddRoundAsync(TriviaGame game, GameRound round)
    {
        try
        {
            return await store.AddRoundAsync(game.Id, game, round, CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (Exception exception)
        {
            LogStoreFailed(logger, exception, game.Id);
            return null;
        }
    }

    private async Task SaveResultAsync(long? roundId, TriviaGame game, RoundResult result)
    {
        if (roundId is not { } id)
        {
            return;
        }

        try
        {
            await store.SaveResultAsync(id, game, result, time.GetUtcNow(), CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogStoreFailed(logger, exception, game.Id);
        }
    }

    /// <summary>Waits on the clock until <paramref name="when"/>; false when the game was stopped first.</summary>
    private async Task<bool> WaitUntilAsync(DateTimeOffset when, CancellationToken token)
    {
        var delay = when - time.GetUtcNow();
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, token);
            }

            return !token.IsCancellationRequested;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private Task PauseAsync(TimeSpan pause, CancellationToken token) =>
        pause > TimeSpan.Zero ? Task.Delay(pause, time, token) : Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Trivia game {GameId} in channel {ChannelId} ended ({Reason}) after {Rounds} questions")]
    private static partial void LogGameEnded(ILogger logger, long gameId, ulong channelId, GameEndReason reason, int rounds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trivia game {GameId}: could not {Action}; the game goes on")]
    private static partial void LogDiscordFailed(ILogger logger, Exception exception, long gameId, string action);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trivia game {GameId}: channel {ChannelId} is gone or closed to the bot; ending the game")]
    private static partial void LogChannelUnavailable(ILogger logger, Exception exception, long gameId, ulong channelId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Trivia game {GameId}: the database refused a write; the game goes on")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, long gameId);
}
