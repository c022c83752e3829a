namespace StoryBot.Commands;

/// <summary>
/// Suggests values for the autocomplete options of the slash command named <see cref="CommandName"/>.
/// Return at most <see cref="BotChoice.MaxChoices"/> choices matching what was typed; never throw for bad input.
/// </summary>
public interface IAutocompleteHandler
{
    string CommandName { get; }

    Task<IReadOnlyList<BotChoice>> SuggestAsync(AutocompleteInvocation invocation, CancellationToken cancellationToken);
}
