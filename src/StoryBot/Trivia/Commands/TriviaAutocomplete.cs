using StoryBot.Commands;
using StoryBot.Data.Queries;

namespace StoryBot.Trivia.Commands;

/// <summary>Suggests stories for <c>/trivia start story:</c> (only those this channel may show).</summary>
public sealed class TriviaAutocomplete(IStoryCatalog catalog) : IAutocompleteHandler
{
    private const int MaxNameLength = 100;

    public string CommandName => TriviaCommand.Name;

    public async Task<IReadOnlyList<BotChoice>> SuggestAsync(AutocompleteInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.FocusedOption != "story")
        {
            return [];
        }

        var stories = await catalog.SuggestStoriesAsync(invocation.FocusedValue, invocation.Context.AllowsMatureContent, BotChoice.MaxChoices, cancellationToken);
        return [.. stories.Select(story => new BotChoice(story.Title.Length <= MaxNameLength ? story.Title : story.Title[..(MaxNameLength - 1)] + "…", story.Slug))];
    }
}
