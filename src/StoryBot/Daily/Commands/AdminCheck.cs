using StoryBot.Commands;

namespace StoryBot.Daily.Commands;

/// <summary>The server-side check behind <c>default_member_permissions</c> (which server admins can override).</summary>
public static class AdminCheck
{
    public static BotReply? RequireManageServer(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.Has(BotPermissions.ManageGuild)
            ? null
            : BotReply.Ephemeral("You need the **Manage Server** permission to change the chapter of the day.");
    }
}
