using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace StoryBot.Discord.Tests.Fake;

/// <summary>A bare WebSocket client (not our Discord client) to check the fake gateway by hand.</summary>
public sealed class RawGatewayClient : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public WebSocketState State => socket.State;

    public static async Task<RawGatewayClient> ConnectAsync(string url, CancellationToken cancellationToken, string query = "?v=10&encoding=json")
    {
        var client = new RawGatewayClient();
        await client.socket.ConnectAsync(new Uri(url + query), cancellationToken);
        return client;
    }

    public Task SendAsync(JsonObject payload, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);

    /// <summary>Next payload, or null when the server closed (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return (JsonObject)JsonNode.Parse(message.ToArray())!;
    }

    /// <summary>Receives until a payload matches, skipping others (e.g. heartbeat ACKs).</summary>
    public async Task<JsonObject> ReceiveUntilAsync(Func<JsonObject, bool> predicate, CancellationToken cancellationToken)
    {
        while (true)
        {
            var payload = await ReceiveAsync(cancellationToken) ?? throw new InvalidOperationException($"Closed: {CloseStatus}");
            if (predicate(payload))
            {
                return payload;
            }
        }
    }

    /// <summary>Reads until the server closes and returns the close code.</summary>
    public async Task<int?> ReceiveCloseAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await ReceiveAsync(cancellationToken) is not null)
            {
            }
        }
        catch (WebSocketException)
        {
            return null;
        }

        return (int?)socket.CloseStatus;
    }

    public static JsonObject Identify(string token, long intents = 1, JsonArray? shard = null) => new()
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = token,
            ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "raw-test", ["device"] = "raw-test" },
            ["intents"] = intents,
            ["shard"] = shard ?? new JsonArray(0, 1),
        },
    };

    public static JsonObject Resume(string token, string sessionId, long seq) => new()
    {
        ["op"] = 6,
        ["d"] = new JsonObject { ["token"] = token, ["session_id"] = sessionId, ["seq"] = seq },
    };

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, string.Empty, timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // Server already gone.
            }
        }

        socket.Dispose();
    }
}
