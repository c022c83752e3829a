using StoryBot.Commands;
using StoryBot.Data.Queries;
using StoryBot.Data.Search;
using StoryBot.Stories;

namespace StoryBot.Excerpts;

/// <summary>
/// Suggests stories (value: slug) and characters (value: name) while /excerpt options are typed. Only characters
/// <c>/excerpt character:</c> can serve are offered (who speak, or are named in dialogue, in the chosen story).
/// </summary>
public sealed class ExcerptAutocomplete(IStoryCatalog catalog, ICharacterQueries characterQueries, ExcerptFinder finder) : IAutocompleteHandler
{
    private const int CandidateFactor = 2;

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
                var candidates = await characterQueries.FindCharactersAsync(invocation.FocusedValue, storyId, BotChoice.MaxChoices * CandidateFactor, cancellationToken).ConfigureAwait(false);
                var scope = new SearchScope(storyId, null, invocation.Context.AllowsMatureContent);
                var choices = new List<BotChoice>();
                foreach (var character in candidates)
                {
                    if (choices.Count == BotChoice.MaxChoices)
                    {
                        break;
                    }

                    if (await finder.CanServeAsync(character, scope, cancellationToken).ConfigureAwait(false))
                    {
                        choices.Add(new BotChoice(Choice.Label(character.Name, null), Choice.Value(character.Name)));
                    }
                }

                return choices;
            default:
                return [];
        }
    }
}
