using StoryBot.Commands;
using StoryBot.Data.Queries;

namespace StoryBot.Stories;

/// <summary>Suggests stories for <c>/story info story:</c>.</summary>
public sealed class StoryAutocomplete(IStoryCatalog catalog) : IAutocompleteHandler
{
    public string CommandName => StoryCommand.Name;

    public async Task<IReadOnlyList<BotChoice>> SuggestAsync(AutocompleteInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.FocusedOption != "story")
        {
            return [];
        }

        var stories = await catalog.SuggestStoriesAsync(invocation.FocusedValue, invocation.Context.AllowsMatureContent, BotChoice.MaxChoices, cancellationToken).ConfigureAwait(false);
        return [.. stories.Select(s => new BotChoice(Choice.Label(s.Title, s.Author), s.Slug))];
    }
}
