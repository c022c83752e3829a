using StoryBot.Commands;
using StoryBot.Data.Queries;
using StoryBot.Stories;

namespace StoryBot.Excerpts;

/// <summary>Suggests stories (value: slug) and characters (value: name) while /excerpt options are typed.</summary>
public sealed class ExcerptAutocomplete(IStoryCatalog catalog, ICharacterQueries characterQueries) : IAutocompleteHandler
{
    public string CommandName => ExcerptCommand.Name;

    public async Task<IReadOnlyList<BotChoice>> SuggestAsync(AutocompleteInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        switch (invocation.FocusedOption)
        {
            case "story":
                var stories = await catalog.SuggestStoriesAsync(invocation.FocusedValue, invocation.Context.AllowsMatureContent, BotChoice.MaxChoices, cancellationToken).ConfigureAwait(false);
                return [.. stories.Select(s => new BotChoice(Choice.Label(s.Title, s.Author), s.Slug))];
            case "character":
                var storyId = invocation.Options.GetString("story") is { } storyText
                    ? (await catalog.FindStoryAsync(storyText, cancellationToken).ConfigureAwait(false))?.Id
                    : null;
                var characters = await characterQueries.FindCharactersAsync(invocation.FocusedValue, storyId, BotChoice.MaxChoices, cancellationToken).ConfigureAwait(false);
                return [.. characters.Select(c => new BotChoice(Choice.Label(c.Name, null), Choice.Value(c.Name)))];
            default:
                return [];
        }
    }
}
