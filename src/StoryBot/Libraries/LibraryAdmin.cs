using StoryBot.Commands;

namespace StoryBot.Libraries;

/// <summary>The bot-side check behind <c>/library</c>'s default permission: in a server, with Manage Server.</summary>
public static class LibraryAdmin
{
    public static BotReply? Refuse(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GuildId is null)
        {
            return BotReply.Ephemeral("Libraries belong to servers: use `/library` in your server.");
        }

        return context.User.Has(BotPermissions.ManageGuild)
            ? null
            : BotReply.Ephemeral("You need the **Manage Server** permission to change this server's library.");
    }
}
