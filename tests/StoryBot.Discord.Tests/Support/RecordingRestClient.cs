using System.Collections.Concurrent;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.Interactions.Commands;
using StoryBot.Discord.Messages;
using StoryBot.Discord.Rest;

namespace StoryBot.Discord.Tests.Support;

/// <summary>Records dispatcher calls (unit tests of the dispatcher; the integration tests use the fake server).</summary>
internal sealed class RecordingRestClient : IDiscordRestClient
{
    public ConcurrentQueue<string> Calls { get; } = new();

    public ConcurrentQueue<MessageProperties> Messages { get; } = new();

    /// <summary>When set, every defer fails with it (e.g. 10062 Unknown interaction).</summary>
    public Exception? DeferFailure { get; set; }

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<DiscordChannel> GetChannelAsync(ulong channelId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessageProperties message, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessageProperties message, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"callback:{response.Kind}");
        if (response.Message is { } m)
        {
            Messages.Enqueue(m);
        }

        return Task.CompletedTask;
    }

    public Task DeferInteractionAsync(ulong interactionId, string interactionToken, bool ephemeral, bool componentUpdate, CancellationToken cancellationToken)
    {
        Calls.Enqueue(componentUpdate ? "defer:6" : "defer:5");
        return DeferFailure is { } failure ? Task.FromException(failure) : Task.CompletedTask;
    }

    public Task<DiscordMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, MessageProperties message, CancellationToken cancellationToken)
    {
        Calls.Enqueue("edit-original");
        Messages.Enqueue(message);
        return Task.FromResult(new DiscordMessage(1, 1, message.Content ?? "", null));
    }

    public Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken)
    {
        Calls.Enqueue("delete-original");
        return Task.CompletedTask;
    }

    public Task<DiscordMessage> CreateFollowupAsync(ulong applicationId, string interactionToken, MessageProperties message, CancellationToken cancellationToken)
    {
        Calls.Enqueue(message.Ephemeral ? "followup:ephemeral" : "followup");
        Messages.Enqueue(message);
        return Task.FromResult(new DiscordMessage(2, 1, message.Content ?? "", null));
    }

    public Task<DiscordMessage> EditFollowupAsync(ulong applicationId, string interactionToken, ulong messageId, MessageProperties message, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<RegisteredCommand>> GetApplicationCommandsAsync(ulong applicationId, ulong? guildId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<RegisteredCommand>> BulkOverwriteApplicationCommandsAsync(ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken) => throw new NotSupportedException();
}
