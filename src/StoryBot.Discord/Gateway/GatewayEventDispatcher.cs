namespace StoryBot.Discord.Gateway;

internal sealed class GatewayEventDispatcher;
