using System.Globalization;
using System.Text.Json.Nodes;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Fake.Recording;

namespace StoryBot.Discord.Fake;

/// <summary>Sending events to the connected bot.</summary>
public sealed partial class FakeDiscordServer
{
    /// <summary>
    /// Sends INTERACTION_CREATE with <paramref name="d"/> completed like Discord's (missing id, token, member, channel,
    /// guild, locale… filled in) on the current session. The 3-second response window starts now.
    /// When the session's socket is down, the event is buffered and replayed on RESUME.
    /// </summary>
    public async Task<FakeInteraction> DispatchInteractionAsync(JsonObject d, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (hub.CurrentSession is null)
        {
            throw new InvalidOperationException("No gateway session: wait for READY (WaitForReadyAsync) before dispatching.");
        }

        var payload = InteractionFactory.Complete(state, d);
        var id = ulong.Parse(payload["id"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var token = payload["token"]!.GetValue<string>();
        var interaction = new InteractionState
        {
            Id = id,
            Token = token,
            Type = Payloads.Int(payload["type"]) ?? 2,
            ChannelId = ulong.Parse(payload["channel_id"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            Payload = payload,
            CreatedAt = state.Clock.GetUtcNow(),
            SourceMessageId = InteractionFactory.Snowflake(payload["message"]?["id"]),
        };
        if (interaction.SourceMessageId is { } source && payload["message"] is JsonObject message && !state.Messages.ContainsKey(source))
        {
            state.Messages[source] = (JsonObject)message.DeepClone();
        }

        state.Interactions[id] = interaction;
        state.InteractionsByToken[token] = interaction;
        var seq = await hub.DispatchAsync("INTERACTION_CREATE", payload.DeepClone(), cancellationToken).ConfigureAwait(false);
        return new FakeInteraction(id, token, payload, seq);
    }

    /// <summary>
    /// Completes <paramref name="d"/> like <see cref="DispatchInteractionAsync(JsonObject, CancellationToken)"/> does (the
    /// command id is looked up now, so register commands first) and serializes it once, for
    /// <see cref="DispatchInteractionAsync(InteractionTemplate, CancellationToken)"/>. For application commands,
    /// autocomplete and modal submits; not for component interactions (they carry their source message).
    /// </summary>
    public InteractionTemplate PrepareInteraction(JsonObject d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var template = (JsonObject)d.DeepClone();
        template["id"] = InteractionTemplate.IdPlaceholder;
        template["token"] = InteractionTemplate.TokenPlaceholder;
        var payload = InteractionFactory.Complete(state, template);
        if (payload["message"] is not null)
        {
            throw new ArgumentException("A component interaction carries its source message: dispatch it with DispatchInteractionAsync(JsonObject).", nameof(d));
        }

        return new InteractionTemplate(payload);
    }

    /// <summary>
    /// Sends INTERACTION_CREATE from <paramref name="template"/> with a new id and token: the same frame
    /// <see cref="DispatchInteractionAsync(JsonObject, CancellationToken)"/> would send, built by patching two strings
    /// (for load generators). The 3-second response window starts now.
    /// </summary>
    public async Task<DispatchedInteraction> DispatchInteractionAsync(InteractionTemplate template, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (hub.CurrentSession is null)
        {
            throw new InvalidOperationException("No gateway session: wait for READY (WaitForReadyAsync) before dispatching.");
        }

        var id = state.Snowflakes.Next();
        var token = InteractionFactory.NewToken();
        var json = template.Render(id, token);
        var interaction = new InteractionState
        {
            Id = id,
            Token = token,
            Type = template.Type,
            ChannelId = template.ChannelId,
            PayloadJson = json,
            Template = template,
            CreatedAt = state.Clock.GetUtcNow(),
        };
        state.Interactions[id] = interaction;
        state.InteractionsByToken[token] = interaction;
        var seq = await hub.DispatchSerializedAsync("INTERACTION_CREATE", template.GuildId, json, cancellationToken).ConfigureAwait(false);
        return new DispatchedInteraction(id, token, seq);
    }

    /// <summary>Dispatches <c>/name</c> with <paramref name="options"/> (see <see cref="InteractionBuilders"/>).</summary>
    public Task<FakeInteraction> DispatchSlashCommandAsync(string name, IEnumerable<JsonObject>? options = null, ulong? userId = null, CancellationToken cancellationToken = default) =>
        DispatchInteractionAsync(InteractionBuilders.SlashCommand(name, options, userId), cancellationToken);

    /// <summary>Dispatches a button press by <paramref name="userId"/> on <paramref name="messageId"/>.</summary>
    public Task<FakeInteraction> DispatchButtonPressAsync(string customId, ulong? userId = null, ulong? messageId = null, CancellationToken cancellationToken = default) =>
        DispatchInteractionAsync(InteractionBuilders.ButtonPress(customId, userId, messageId), cancellationToken);

    /// <summary>Dispatches an autocomplete request for <paramref name="commandName"/>.</summary>
    public Task<FakeInteraction> DispatchAutocompleteAsync(string commandName, string focusedOption, string typed, CancellationToken cancellationToken = default) =>
        DispatchInteractionAsync(InteractionBuilders.Autocomplete(commandName, focusedOption, typed), cancellationToken);

    /// <summary>Dispatches any event (op 0) on the current session; returns its sequence number.</summary>
    public Task<long> DispatchAsync(string eventName, JsonNode? data, CancellationToken cancellationToken = default) =>
        hub.DispatchAsync(eventName, data, cancellationToken);

    /// <summary>Forces an interaction's 3-second window to be over, as if the clock had moved on.</summary>
    public void ExpireInteraction(ulong interactionId)
    {
        if (state.Interactions.TryGetValue(interactionId, out var interaction))
        {
            interaction.Expired = true;
        }
    }
}
