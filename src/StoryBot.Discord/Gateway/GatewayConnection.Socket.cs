using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace StoryBot.Discord.Gateway;

/// <summary>The WebSocket side of <see cref="GatewayConnection"/>: serialised sends, whole-message receives, closes.</summary>
internal sealed partial class GatewayConnection
{
    private async Task SendAsync<T>(T payload, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, typeInfo);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task<ReadOnlyMemory<byte>?> ReceiveAsync(ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        buffer.ResetWrittenCount();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return buffer.WrittenMemory;
            }
        }
    }

    /// <summary>Sends a close frame without waiting for the echo (the connection may be a zombie).</summary>
    /// <summary>
    /// Text from the other end (a close reason, a socket error) with the bot token and authorization values removed:
    /// a proxy or a misbehaving server may echo the token back.
    /// </summary>
    private string Scrub(string? text) => Logging.TokenScrubber.Scrub(text, _options.Token);

    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Best effort: the socket is aborted right after.
        }
    }

    /// <summary>Completes a server-initiated close, echoing its code so a resumable session stays resumable.</summary>
    private Task EchoCloseAsync(int? code) =>
        CloseAsync(code is >= 4000 and <= 4999 ? (WebSocketCloseStatus)code.Value : ResumableClose, "closing");
}
