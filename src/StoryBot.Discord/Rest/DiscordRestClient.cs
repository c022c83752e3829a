using StoryBot.Discord.Hosting;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.Interactions.Commands;
using StoryBot.Discord.Messages;

namespace StoryBot.Discord.Rest;

internal sealed class DiscordRestClient : IDiscordRestClient
{
    public const string HttpClientName = "StoryBot.Discord";

    public static void Configure(HttpClient client, DiscordOptions options) { }

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<DiscordChannel> GetChannelAsync(ulong channelId, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessageProperties message, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessageProperties message, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task DeferInteractionAsync(ulong interactionId, string interactionToken, bool ephemeral, bool componentUpdate, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<DiscordMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, MessageProperties message, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<DiscordMessage> CreateFollowupAsync(ulong applicationId, string interactionToken, MessageProperties message, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<DiscordMessage> EditFollowupAsync(ulong applicationId, string interactionToken, ulong messageId, MessageProperties message, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<IReadOnlyList<RegisteredCommand>> GetApplicationCommandsAsync(ulong applicationId, ulong? guildId, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<IReadOnlyList<RegisteredCommand>> BulkOverwriteApplicationCommandsAsync(ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken) => throw new NotImplementedException();
}
