using System.Globalization;
using StoryBot.Commands;
using StoryBot.Data.Libraries;

namespace StoryBot.Libraries;

/// <summary>
/// The confirm buttons of <c>/library remove</c> and <c>/library clear</c>. Checked again on press: Manage Server, in a
/// server, and the story must be that server's own (a custom id naming another server's story removes nothing).
/// </summary>
public sealed class LibraryButtons(GuildLibraryService libraries) : IComponentHandler
{
    public const string Prefix = "lib";
    public const string CancelId = "lib:cancel";
    public const string ClearId = "lib:clear";

    public string CustomIdPrefix => Prefix;

    public static string RemoveId(int storyId) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}:rm:{storyId}");

    public async Task<BotReply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (LibraryAdmin.Refuse(invocation.Context) is { } refusal)
        {
            return refusal;
        }

        ulong guild = invocation.Context.GuildId!.Value;
        var parts = invocation.Parts;
        switch (parts.Count > 1 ? parts[1] : string.Empty)
        {
            case "cancel":
                return BotReply.Update(BotMessage.Text("Cancelled; nothing was changed."));
            case "clear":
                int cleared = await libraries.ClearAsync(guild, cancellationToken);
                return BotReply.Update(BotMessage.Text(string.Create(CultureInfo.InvariantCulture,
                    $"🗑️ This server's library was deleted ({cleared} stories). The shared library is shown again.")));
            case "rm" when parts.Count == 3 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int storyId):
                string? title = await libraries.RemoveAsync(guild, storyId, cancellationToken);
                return title is null
                    ? BotReply.Update(BotMessage.Text("That story is not in this server's library (already removed?). Nothing was changed."))
                    : BotReply.Update(BotMessage.Text($"🗑️ Removed **{Markdown.Escape(title)}** from this server's library."));
            default:
                return BotReply.Ephemeral("That button doesn't do anything any more. Run `/library` again.");
        }
    }
}
