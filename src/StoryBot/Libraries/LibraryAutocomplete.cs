using StoryBot.Commands;
using StoryBot.Data.Libraries;
using StoryBot.Stories;

namespace StoryBot.Libraries;

/// <summary>Suggests this server's own stories for <c>/library remove story:</c> (admins only; never another library's).</summary>
public sealed class LibraryAutocomplete(GuildLibraryService libraries) : IAutocompleteHandler
{
    public string CommandName => LibraryCommand.Name;

    public async Task<IReadOnlyList<BotChoice>> SuggestAsync(AutocompleteInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.FocusedOption != "story" || LibraryAdmin.Refuse(invocation.Context) is not null)
        {
            return [];
        }

        var stories = await libraries.SuggestAsync(invocation.Context.GuildId!.Value, invocation.FocusedValue, BotChoice.MaxChoices, cancellationToken);
        return [.. stories.Select(s => new BotChoice(Choice.Label(s.Title, s.Author), s.Slug))];
    }
}
