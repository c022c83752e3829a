using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Diagnostics;
using StoryBot.Discord.Gateway;
using StoryBot.Discord.Hosting;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.Interactions.Commands;
using StoryBot.Discord.JsonModels;
using StoryBot.Discord.Messages;
using StoryBot.Discord.Rest.RateLimits;

namespace StoryBot.Discord.Rest;

/// <summary>The REST client: routes, JSON bodies, rate limits, 429/5xx handling, typed errors.</summary>
internal sealed partial class DiscordRestClient : IDiscordRestClient
{
    public const string HttpClientName = "StoryBot.Discord";
    private const int Max429Retries = 8;

    /// <summary>opcodes-and-status-codes.mdx: "40060 | Interaction has already been acknowledged".</summary>
    private const int AlreadyAcknowledged = 40060;
    /// <summary>Exactly <c>application/json</c> (reference.mdx "HTTP API"); JSON is UTF-8 and has no charset parameter (RFC 8259).</summary>
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    private readonly IHttpClientFactory _httpFactory;
    private readonly RateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly IRandomSource _random;
    private readonly DiscordOptions _options;
    private readonly DiscordMetrics _metrics;
    private readonly ILogger<DiscordRestClient> _logger;

    public DiscordRestClient(
        IHttpClientFactory httpFactory,
        RateLimiter limiter,
        TimeProvider time,
        IRandomSource random,
        IOptions<DiscordOptions> options,
        DiscordMetrics metrics,
        ILogger<DiscordRestClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpFactory = httpFactory;
        _limiter = limiter;
        _time = time;
        _random = random;
        _options = options.Value;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>Base address, Authorization and User-Agent (reference.mdx#authentication, #user-agent).</summary>
    public static void Configure(HttpClient client, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        client.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/", UriKind.Absolute);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bot " + options.Token);
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent(options));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    /// <summary><c>DiscordBot ($url, $versionNumber)</c>.</summary>
    public static string UserAgent(DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var version = typeof(DiscordRestClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return $"DiscordBot ({options.UserAgentUrl}, {(plus > 0 ? version[..plus] : version)})";
    }

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var route = Route(HttpMethod.Get, "gateway/bot", "/gateway/bot", "");
        var json = await SendAsync(route, null, Json.GatewayBotJson, cancellationToken).ConfigureAwait(false);
        if (json?.SessionStartLimit is not { } limit || !GatewayUrl.IsWebSocketUrl(json.Url, out var url))
        {
            // The caller (GatewayService) retries a DiscordRestException; any other exception would stop the host.
            throw new DiscordRestException(HttpStatusCode.OK, null, "the answer has no WebSocket url or no session_start_limit", route.Display);
        }

        return new GatewayBotInfo(
            url,
            json.Shards,
            limit.Total,
            limit.Remaining,
            TimeSpan.FromMilliseconds(limit.ResetAfter),
            Math.Max(1, limit.MaxConcurrency));
    }

    public async Task<DiscordChannel> GetChannelAsync(ulong channelId, CancellationToken cancellationToken)
    {
        var json = await SendAsync(Route(HttpMethod.Get, $"channels/{Id(channelId)}", "/channels/{channel_id}", "channel:" + Id(channelId)), null, Json.ChannelJson, cancellationToken).ConfigureAwait(false);
        return new DiscordChannel(json!.Id, json.Type, json.GuildId, json.Name, json.Nsfw ?? false);
    }

    public async Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessageProperties message, CancellationToken cancellationToken)
    {
        var route = Route(HttpMethod.Post, $"channels/{Id(channelId)}/messages", "/channels/{channel_id}/messages", "channel:" + Id(channelId));
        var body = MessageBodyMapper.ToJson(message, includeFlags: false);
        if (!string.IsNullOrEmpty(message.Nonce))
        {
            body.Nonce = message.Nonce;
            body.EnforceNonce = true;
        }

        return ToMessage(await SendAsync(route, Body(body, Json.MessageBodyJson), Json.MessageJson, cancellationToken).ConfigureAwait(false));
    }

    public async Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessageProperties message, CancellationToken cancellationToken)
    {
        var route = Route(HttpMethod.Patch, $"channels/{Id(channelId)}/messages/{Id(messageId)}", "/channels/{channel_id}/messages/{message_id}", "channel:" + Id(channelId));
        return ToMessage(await SendAsync(route, Body(MessageBodyMapper.ToJson(message, includeFlags: false), Json.MessageBodyJson), Json.MessageJson, cancellationToken).ConfigureAwait(false));
    }

    public Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        byte[] body = response.Kind switch
        {
            InteractionResponseKind.Message => Body(new MessageCallbackJson { Type = 4, Data = MessageBodyMapper.ToJson(response.Message!, includeFlags: true) }, Json.MessageCallbackJson),
            InteractionResponseKind.UpdateMessage => Body(new MessageCallbackJson { Type = 7, Data = MessageBodyMapper.ToJson(response.Message!, includeFlags: false) }, Json.MessageCallbackJson),
            InteractionResponseKind.Acknowledge => Body(new DeferredCallbackJson { Type = 6 }, Json.DeferredCallbackJson),
            InteractionResponseKind.Autocomplete => Body(MessageBodyMapper.ToAutocomplete(response.Choices), Json.AutocompleteCallbackJson),
            _ => throw new ArgumentOutOfRangeException(nameof(response), response.Kind, "Unknown response kind."),
        };
        return SendCallbackAsync(interactionId, interactionToken, body, cancellationToken);
    }

    public Task DeferInteractionAsync(ulong interactionId, string interactionToken, bool ephemeral, bool componentUpdate, CancellationToken cancellationToken)
    {
        var json = componentUpdate
            ? new DeferredCallbackJson { Type = 6 }
            : new DeferredCallbackJson { Type = 5, Data = ephemeral ? new DeferredCallbackDataJson { Flags = MessageBodyMapper.EphemeralFlag } : null };
        return SendCallbackAsync(interactionId, interactionToken, Body(json, Json.DeferredCallbackJson), cancellationToken);
    }

    public async Task<DiscordMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, MessageProperties message, CancellationToken cancellationToken)
    {
        var route = WebhookRoute(HttpMethod.Patch, applicationId, interactionToken, "/messages/@original", "/messages/@original");
        return ToMessage(await SendAsync(route, Body(MessageBodyMapper.ToJson(message, includeFlags: false), Json.MessageBodyJson), Json.MessageJson, cancellationToken).ConfigureAwait(false));
    }

    public Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken)
    {
        var route = WebhookRoute(HttpMethod.Delete, applicationId, interactionToken, "/messages/@original", "/messages/@original");
        return SendAsync<MessageJson>(route, null, null, cancellationToken);
    }

    public async Task<DiscordMessage> CreateFollowupAsync(ulong applicationId, string interactionToken, MessageProperties message, CancellationToken cancellationToken)
    {
        // wait=true is implied for interaction follow-ups; the message is returned (receiving-and-responding.mdx#create-followup-message).
        var route = WebhookRoute(HttpMethod.Post, applicationId, interactionToken, "", "");
        return ToMessage(await SendAsync(route, Body(MessageBodyMapper.ToJson(message, includeFlags: true), Json.MessageBodyJson), Json.MessageJson, cancellationToken).ConfigureAwait(false));
    }

    public async Task<DiscordMessage> EditFollowupAsync(ulong applicationId, string interactionToken, ulong messageId, MessageProperties message, CancellationToken cancellationToken)
    {
        var route = WebhookRoute(HttpMethod.Patch, applicationId, interactionToken, $"/messages/{Id(messageId)}", "/messages/{message_id}");
        return ToMessage(await SendAsync(route, Body(MessageBodyMapper.ToJson(message, includeFlags: false), Json.MessageBodyJson), Json.MessageJson, cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<RegisteredCommand>> GetApplicationCommandsAsync(ulong applicationId, ulong? guildId, CancellationToken cancellationToken)
    {
        var list = await GetApplicationCommandsJsonAsync(applicationId, guildId, cancellationToken).ConfigureAwait(false);
        return [.. list.Select(c => new RegisteredCommand(c.Id ?? 0, c.Name, c.GuildId))];
    }

    public async Task<IReadOnlyList<RegisteredCommand>> BulkOverwriteApplicationCommandsAsync(
        ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var body = Body(commands.Select(MessageBodyMapper.ToJson).ToList(), Json.ListApplicationCommandJson);
        var list = await SendAsync(CommandsRoute(HttpMethod.Put, applicationId, guildId), body, Json.ListApplicationCommandJson, cancellationToken).ConfigureAwait(false);
        return [.. (list ?? []).Select(c => new RegisteredCommand(c.Id ?? 0, c.Name, c.GuildId))];
    }

    internal async Task<List<ApplicationCommandJson>> GetApplicationCommandsJsonAsync(ulong applicationId, ulong? guildId, CancellationToken cancellationToken) =>
        await SendAsync(CommandsRoute(HttpMethod.Get, applicationId, guildId), null, Json.ListApplicationCommandJson, cancellationToken).ConfigureAwait(false) ?? [];

    private static RestRoute CommandsRoute(HttpMethod method, ulong applicationId, ulong? guildId) => guildId is { } g
        ? Route(method, $"applications/{Id(applicationId)}/guilds/{Id(g)}/commands", "/applications/{application_id}/guilds/{guild_id}/commands", "guild:" + Id(g))
        : Route(method, $"applications/{Id(applicationId)}/commands", "/applications/{application_id}/commands", "");

    private Task SendCallbackAsync(ulong interactionId, string interactionToken, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        var route = new RestRoute(
            HttpMethod.Post,
            $"interactions/{Id(interactionId)}/{Uri.EscapeDataString(interactionToken)}/callback",
            "/interactions/{interaction_id}/{interaction_token}/callback",
            "interaction:" + Id(interactionId),
            IsInteractionEndpoint: true);
        return SendAsync<MessageJson>(route, body, null, cancellationToken);
    }

    private static RestRoute WebhookRoute(HttpMethod method, ulong applicationId, string token, string suffix, string templateSuffix)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new RestRoute(
            method,
            $"webhooks/{Id(applicationId)}/{Uri.EscapeDataString(token)}{suffix}",
            "/webhooks/{webhook_id}/{webhook_token}" + templateSuffix,
            "webhook:" + Id(applicationId) + "/" + token,
            IsInteractionEndpoint: true);
    }

    private static RestRoute Route(HttpMethod method, string path, string template, string major) => new(method, path, template, major, false);

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static byte[] Body<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    private static DiscordMessage ToMessage(MessageJson? json) =>
        json is null ? new DiscordMessage(0, 0, "", null) : new DiscordMessage(json.Id, json.ChannelId, json.Content ?? "", json.Author?.ToUser());
}
