using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StoryBot.Commands;
using StoryBot.Daily.Scheduling;
using StoryBot.Trivia.Persistence;
using StoryBot.Trivia.Rendering;

namespace StoryBot.Trivia.Games;

/// <summary>
/// Owns every game loop. At start it marks games left "running" by a previous process as ended and tells their
/// channels; then it runs each started game as a tracked task under the host's stopping token, and at shutdown waits
/// for every game to say goodbye. Nothing is fire-and-forget.
/// </summary>
public sealed partial class TriviaGameRunner(
    TriviaGameLoop loop,
    TriviaGameRegistry registry,
    TriviaStore store,
    IChannelMessenger messenger,
    TriviaClock time,
    ShardFilter shards,
    ILogger<TriviaGameRunner> logger) : BackgroundService
{
    private readonly Channel<TriviaGame> _queue = Channel.CreateUnbounded<TriviaGame>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private IReadOnlyList<AbandonedGame> _abandoned = [];

    /// <summary>Games being played right now (tracked tasks).</summary>
    public int RunningCount => _running.Values.Count(task => !task.IsCompleted);

    /// <summary>Hands a registered game to the runner; false when the host is shutting down.</summary>
    public bool TryEnqueue(TriviaGame game) => _queue.Writer.TryWrite(game);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before any new game can start: a game can't survive a restart, so end the old ones in the database now.
        _abandoned = await store.EndAbandonedGamesAsync(time.GetUtcNow(), shards.OwnsServerOrDm, cancellationToken);
        if (_abandoned.Count > 0)
        {
            LogAbandoned(logger, _abandoned.Count);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await TellAbandonedChannelsAsync(stoppingToken);
            await foreach (var game in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                Track(game, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryRead(out var pending))
            {
                Track(pending, stoppingToken);
            }

            await Task.WhenAll(_running.Values);
        }
    }

    private void Track(TriviaGame game, CancellationToken stoppingToken)
    {
        foreach (var done in _running.Where(pair => pair.Value.IsCompleted).ToList())
        {
            _running.TryRemove(done);
        }

        _running[game.Id] = PlayAsync(game, stoppingToken);
    }

    private async Task PlayAsync(TriviaGame game, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await loop.RunAsync(game, stoppingToken);
        }
        catch (Exception exception)
        {
            LogGameCrashed(logger, exception, game.Id);
            game.End(GameEndReason.DiscordErrors);
            await EndQuietlyAsync(game);
        }
        finally
        {
            registry.Remove(game);
            game.Dispose();
        }
    }

    /// <summary>Records the end of a game whose loop failed; if even that fails, the next start does it.</summary>
    private async Task EndQuietlyAsync(TriviaGame game)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TriviaGameLoop.FarewellTimeout, time);
            await store.EndGameAsync(game.Id, GameEndReason.DiscordErrors, time.GetUtcNow(), timeout.Token);
        }
        catch (Exception exception)
        {
            LogGameCrashed(logger, exception, game.Id);
        }
    }

    /// <summary>Replaces each abandoned game's open question (dead buttons) with a short explanation, or posts one.</summary>
    private async Task TellAbandonedChannelsAsync(CancellationToken stoppingToken)
    {
        foreach (var game in _abandoned)
        {
            try
            {
                if (game.OpenQuestionMessageId is { } messageId)
                {
                    await messenger.EditAsync(game.ChannelId, messageId, TriviaMessages.EndedByRestart(), stoppingToken);
                }
                else
                {
                    await messenger.SendAsync(game.ChannelId, TriviaMessages.EndedByRestart(), stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogAbandonedNoticeFailed(logger, exception, game.GameId, game.ChannelId);
            }
        }

        _abandoned = [];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ended {Count} trivia games left running by the previous run")]
    private static partial void LogAbandoned(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell channel {ChannelId} that trivia game {GameId} ended with the restart")]
    private static partial void LogAbandonedNoticeFailed(ILogger logger, Exception exception, long gameId, ulong channelId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Trivia game {GameId} failed")]
    private static partial void LogGameCrashed(ILogger logger, Exception exception, long gameId);
}
