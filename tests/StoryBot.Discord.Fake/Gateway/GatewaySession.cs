using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Gateway;

/// <summary>A gateway session: its sequence counter and the buffer of dispatches kept for RESUME.</summary>
internal sealed class GatewaySession(string id, int shardId, int shardCount, int bufferSize)
{
    private readonly LinkedList<(long Seq, string Json)> buffer = new();

    public string Id => id;

    public int ShardId => shardId;

    public int ShardCount => shardCount;

    /// <summary>Serializes dispatch, replay and attach so a resume never interleaves with new events.</summary>
    public SemaphoreSlim Lock { get; } = new(1, 1);

    public long Seq { get; private set; }

    public bool Invalidated { get; set; }

    public GatewayConnection? Connection { get; set; }

    /// <summary>Assigns the next sequence number and buffers the payload. Call under <see cref="Lock"/>.</summary>
    public (long Seq, string Json) Append(string eventName, JsonNode? data)
    {
        Seq++;
        var payload = new JsonObject { ["t"] = eventName, ["s"] = Seq, ["op"] = 0, ["d"] = data };
        return Buffer(payload.ToJsonString());
    }

    /// <summary>
    /// As <see cref="Append"/> for a <c>d</c> already serialized (<paramref name="dataJson"/>); <paramref name="eventName"/>
    /// must need no JSON escaping (Discord's event names are upper-case ASCII). Same text as <see cref="Append"/> would give.
    /// </summary>
    public (long Seq, string Json) AppendSerialized(string eventName, string dataJson)
    {
        Seq++;
        return Buffer(string.Concat("{\"t\":\"", eventName, "\",\"s\":", Seq.ToString(System.Globalization.CultureInfo.InvariantCulture), ",\"op\":0,\"d\":", dataJson, "}"));
    }

    private (long Seq, string Json) Buffer(string json)
    {
        buffer.AddLast((Seq, json));
        while (buffer.Count > bufferSize)
        {
            buffer.RemoveFirst();
        }

        return (Seq, json);
    }

    /// <summary>Dispatches after <paramref name="seq"/>, or null when some were already dropped from the buffer.</summary>
    public IReadOnlyList<string>? Since(long seq)
    {
        if (seq < Seq && (buffer.First is null || buffer.First.Value.Seq > seq + 1))
        {
            return null;
        }

        return [.. buffer.Where(e => e.Seq > seq).Select(e => e.Json)];
    }
}
