using StoryBot.Discord.Gateway;

namespace StoryBot.Discord.Hosting;

/// <summary>What happens when the client cannot continue (bad token, bad shard, disallowed intents).</summary>
internal interface IFatalErrorSink
{
    void OnFatal(DiscordGatewayException error);
}
