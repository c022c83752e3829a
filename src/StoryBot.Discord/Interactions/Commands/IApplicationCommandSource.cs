namespace StoryBot.Discord.Interactions.Commands;

/// <summary>
/// Supplies application command definitions. Every registered source is asked at READY; the union is
/// bulk-overwritten (globally, or for <c>Discord:DevGuildId</c>) only when it differs from what Discord has.
/// Register with <c>services.AddApplicationCommandSource&lt;T&gt;()</c>.
/// </summary>
public interface IApplicationCommandSource
{
    /// <summary>The commands this feature provides.</summary>
    IEnumerable<ApplicationCommandDefinition> GetCommands();
}
