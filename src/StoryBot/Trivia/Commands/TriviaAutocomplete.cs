using StoryBot.Commands;
using StoryBot.Stories;

namespace StoryBot.Trivia.Commands;

/// <summary>Suggests stories for <c>/trivia start story:</c> (only those this channel may show).</summary>
public sealed class TriviaAutocomplete(StoryLookup lookup) : IAutocompleteHandler
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

        var stories = await lookup.SuggestStoriesAsync(invocation.FocusedValue, invocation.Context, BotChoice.MaxChoices, cancellationToken);
        return [.. stories.Select(story => new BotChoice(story.Title.Length <= MaxNameLength ? story.Title : story.Title[..(MaxNameLength - 1)] + "…", story.Slug))];
    }
}
