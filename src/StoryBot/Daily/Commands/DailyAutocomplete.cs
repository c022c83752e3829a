using NodaTime;
using StoryBot.Commands;
using StoryBot.Daily.Scheduling;

namespace StoryBot.Daily.Commands;

/// <summary>Suggests IANA zones for <c>/daily set timezone:</c>, each with its current UTC offset.</summary>
public sealed class DailyAutocomplete(TimeZoneCatalog zones, TimeProvider time) : IAutocompleteHandler
{
    public string CommandName => DailyCommandDefinition.Name;

    public Task<IReadOnlyList<BotChoice>> SuggestAsync(AutocompleteInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.FocusedOption != DailyCommandDefinition.TimeZoneOption)
        {
            return Task.FromResult<IReadOnlyList<BotChoice>>([]);
        }

        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        IReadOnlyList<BotChoice> choices = [.. zones.Search(invocation.FocusedValue)
            .Take(BotChoice.MaxChoices)
            .Select(id => new BotChoice($"{id} (UTC{zones.Find(id)!.GetUtcOffset(now)})", id))];
        return Task.FromResult(choices);
    }
}
