using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using StoryBot.Discord.Fake.Recording;

namespace StoryBot.Discord.Fake.Gateway;

/// <summary>One accepted gateway WebSocket.</summary>
internal sealed class GatewayConnection(int id, WebSocket socket, HttpContext context, FakeState state)
{
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private int closed;

    public int Id => id;

    public WebSocket Socket => socket;

    public GatewaySession? Session { get; set; }

    /// <summary>True once IDENTIFY or RESUME succeeded on this connection.</summary>
    public bool Authenticated { get; set; }

    public bool IsOpen => Volatile.Read(ref closed) == 0 && socket.State == WebSocketState.Open;

    public CancellationToken Aborted => context.RequestAborted;

    /// <summary>Sends a payload already serialized; returns false when the socket is gone.</summary>
    public async Task<bool> SendTextAsync(string json, CancellationToken cancellationToken)
    {
        await sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!IsOpen)
            {
                return false;
            }

            state.Frames.Add(state.Options.RecordBodies
                ? new RecordedFrame
                {
                    Sequence = state.NextFrameSequence(),
                    ConnectionId = id,
                    Direction = FrameDirection.Sent,
                    Text = json,
                    Payload = JsonNode.Parse(json),
                    Timestamp = state.Clock.GetUtcNow(),
                }
                : new RecordedFrame
                {
                    Sequence = state.NextFrameSequence(),
                    ConnectionId = id,
                    Direction = FrameDirection.Sent,
                    Text = json,
                    ParseTextOnRead = true,
                    Timestamp = state.Clock.GetUtcNow(),
                });
            var bytes = Encoding.UTF8.GetBytes(json);
            var frame = state.Options.GatewayFrameBytes is { } size && size > 0 ? size : bytes.Length;
            var offset = 0;
            do
            {
                var count = Math.Min(frame, bytes.Length - offset);
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, endOfMessage: offset + count >= bytes.Length, cancellationToken).ConfigureAwait(false);
                offset += count;
            }
            while (offset < bytes.Length);

            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            MarkClosed();
            return false;
        }
        finally
        {
            sendLock.Release();
        }
    }

    public Task<bool> SendAsync(JsonObject payload, CancellationToken cancellationToken) =>
        SendTextAsync(payload.ToJsonString(), cancellationToken);

    /// <summary>Closes with a close frame carrying <paramref name="code"/>.</summary>
    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        await sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Interlocked.Exchange(ref closed, 1) != 0)
            {
                return;
            }

            state.Frames.Add(new RecordedFrame
            {
                Sequence = state.NextFrameSequence(),
                ConnectionId = id,
                Direction = FrameDirection.ClosedByServer,
                Text = $"close {code} {reason}",
                CloseStatus = code,
                Timestamp = state.Clock.GetUtcNow(),
            });
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            // The peer is already gone.
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort()
    {
        AbortedByServer = true;
        if (Interlocked.Exchange(ref closed, 1) == 0)
        {
            state.Frames.Add(new RecordedFrame
            {
                Sequence = state.NextFrameSequence(),
                ConnectionId = id,
                Direction = FrameDirection.ClosedByServer,
                Text = "abort (no close frame)",
                Timestamp = state.Clock.GetUtcNow(),
            });
        }

        try
        {
            socket.Abort();
            context.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request already ended: nothing left to drop.
        }
    }

    public void MarkClosed() => Interlocked.Exchange(ref closed, 1);

    private long lastHeartbeatTicks;

    /// <summary>When the client last heartbeated (or HELLO was sent).</summary>
    public DateTimeOffset LastHeartbeat
    {
        get => new(Interlocked.Read(ref lastHeartbeatTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref lastHeartbeatTicks, value.UtcTicks);
    }

    /// <summary>True after <see cref="Abort"/>.</summary>
    public bool AbortedByServer { get; private set; }

    private readonly Queue<DateTimeOffset> received = new();

    /// <summary>Counts a received payload; false when more than <paramref name="limit"/> arrived within 60 seconds.</summary>
    public bool CountReceived(DateTimeOffset now, int limit)
    {
        while (received.Count > 0 && now - received.Peek() >= TimeSpan.FromSeconds(60))
        {
            received.Dequeue();
        }

        received.Enqueue(now);
        return received.Count <= limit;
    }
}
