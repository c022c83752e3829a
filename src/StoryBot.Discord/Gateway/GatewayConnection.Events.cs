using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StoryBot.Discord.Gateway.Events;
using StoryBot.Discord.JsonModels;

namespace StoryBot.Discord.Gateway;

/// <summary>Reading received payloads and turning dispatches into queued events (gateway-events.mdx#receive-events).</summary>
internal sealed partial class GatewayConnection
{
    /// <summary>
    /// A frame we cannot read at all (not JSON, <c>op</c> not a number) is logged and skipped: dropping the connection
    /// would not make the next one any better.
    /// </summary>
    private GatewayPayloadJson? ReadPayload(ReadOnlySpan<byte> frame)
    {
        try
        {
            return JsonSerializer.Deserialize(frame, Json.GatewayPayloadJson);
        }
        catch (JsonException ex)
        {
            LogUnreadableFrame(_logger, frame.Length, Scrub(ex.Message));
            return null;
        }
    }

    /// <summary>
    /// The event's <c>d</c> as <typeparamref name="T"/>, or null when it is not an object of that shape. The caller
    /// skips such an event (logged) but still counts its sequence: a RESUME would only replay it, for ever.
    /// </summary>
    private T? ReadEvent<T>(GatewayPayloadJson payload, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (payload.D.ValueKind == JsonValueKind.Object)
        {
            try
            {
                return payload.D.Deserialize(typeInfo);
            }
            catch (JsonException ex)
            {
                LogUnreadableEvent(_logger, payload.T, payload.S, Scrub(ex.Message));
                return null;
            }
        }

        LogUnreadableEvent(_logger, payload.T, payload.S, "d is " + payload.D.ValueKind.ToString());
        return null;
    }

    /// <summary>Returns true on READY or RESUMED. Unknown events are ignored; unreadable ones are logged and skipped.</summary>
    private async Task<bool> DispatchAsync(GatewayPayloadJson payload, CancellationToken cancellationToken)
    {
        bool healthy;
        try
        {
            healthy = await TakeEventAsync(payload, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // an event we cannot take is skipped like an unreadable one: ending the connection would replay it for ever
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogUnreadableEvent(_logger, payload.T, payload.S, Scrub(ex.GetType().Name + ": " + ex.Message));
            healthy = false;
        }

        // Counted only once queued (or skipped), so a RESUME never skips an event we did not take.
        if (payload.S is { } sequence)
        {
            _session.Track(sequence);
            if (_resuming)
            {
                _replayed++;
            }
        }

        return healthy;
    }

    private async Task<bool> TakeEventAsync(GatewayPayloadJson payload, CancellationToken cancellationToken)
    {
        var healthy = false;
        switch (payload.T)
        {
            case "READY" when ReadEvent(payload, Json.ReadyJson) is { } ready:
                // gateway-events.mdx#ready: resume_gateway_url is always sent by Discord; without one (another
                // implementation), or with one no WebSocket can open, we resume on the URL this connection used.
                var resumeUrl = GatewayUrl.IsWebSocketUrl(ready.ResumeGatewayUrl, out var given) ? given : _gatewayUrl!;
                _session.OnReady(ready.SessionId, resumeUrl, ready.Application?.Id ?? 0);
                // A null entry in guilds (not an Unavailable Guild object) is left out.
                List<ulong> guildIds = [.. (ready.Guilds ?? []).OfType<UnavailableGuildJson>().Select(g => g.Id)];
                _session.OnGuilds(guildIds);
                var user = ready.User?.ToUser() ?? new DiscordUser(0, "unknown", null);
                LogReady(_logger, user.Username, ready.Application?.Id ?? 0, guildIds.Count);
                await _events.EnqueueAsync(
                    new ReadyEvent(ready.Application?.Id ?? 0, user, ready.SessionId, guildIds, _session.ShardId, _session.ShardCount),
                    cancellationToken).ConfigureAwait(false);
                healthy = true;
                break;
            case "RESUMED":
                _session.OnResumed();
                _metrics.Resumed(_session.ShardId);
                LogResumed(_logger, _replayed);
                await _events.EnqueueAsync(new ResumedEvent(_replayed), cancellationToken).ConfigureAwait(false);
                _resuming = false;
                healthy = true;
                break;
            case "INTERACTION_CREATE" when ReadEvent(payload, Json.InteractionJson) is { } interaction:
                await _interactions.EnqueueAsync(interaction, cancellationToken).ConfigureAwait(false);
                break;
            case "GUILD_CREATE" when ReadEvent(payload, Json.UnavailableGuildJson) is { } created:
                _session.OnGuildCreate(created.Id);
                await _events.EnqueueAsync(new GuildCreateEvent(created.Id, created.Name ?? "", created.MemberCount), cancellationToken).ConfigureAwait(false);
                break;
            case "GUILD_DELETE" when ReadEvent(payload, Json.UnavailableGuildJson) is { } deleted:
                // gateway-events.mdx#guild-delete: "If the unavailable field is not set, the user was removed from the guild."
                var outage = deleted.Unavailable ?? false;
                _session.OnGuildDelete(deleted.Id, outage);
                await _events.EnqueueAsync(new GuildDeleteEvent(deleted.Id, outage), cancellationToken).ConfigureAwait(false);
                break;
            default:
                break;
        }

        return healthy;
    }
}
