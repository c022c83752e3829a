using System.Collections.Concurrent;

namespace StoryBot.Trivia.Games;

/// <summary>The games running in this process: at most one per channel.</summary>
public sealed class TriviaGameRegistry
{
    private readonly ConcurrentDictionary<ulong, TriviaGame> _byChannel = new();
    private readonly ConcurrentDictionary<long, TriviaGame> _byId = new();

    public int Count => _byId.Count;

    /// <summary>False when the channel already has a game.</summary>
    public bool TryAdd(TriviaGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        if (!_byChannel.TryAdd(game.ChannelId, game))
        {
            return false;
        }

        _byId[game.Id] = game;
        return true;
    }

    public TriviaGame? InChannel(ulong channelId) => _byChannel.GetValueOrDefault(channelId);

    public TriviaGame? Find(long gameId) => _byId.GetValueOrDefault(gameId);

    public void Remove(TriviaGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        _byChannel.TryRemove(new KeyValuePair<ulong, TriviaGame>(game.ChannelId, game));
        _byId.TryRemove(new KeyValuePair<long, TriviaGame>(game.Id, game));
    }
}
