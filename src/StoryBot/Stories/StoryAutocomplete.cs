using StoryBot.Commands;

namespace StoryBot.Stories;

/// <summary>Suggests stories for <c>/story info story:</c>.</summary>
public sealed class StoryAutocomplete(StoryLookup lookup) : IAutocompleteHandler
{
    public string CommandName => StoryCommand.Name;

    public async Task<IReadOnlyList<BotChoice>> SuggestAsync(AutocompleteInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.FocusedOption != "story")
        {
            return [];
        }

        var stories = await lookup.SuggestStoriesAsync(invocation.FocusedValue, invocation.Context, BotChoice.MaxChoices, cancellationToken).ConfigureAwait(false);
        return [.. stories.Select(s => new BotChoice(Choice.Label(s.Title, s.Author), s.Slug))];
    }
}
