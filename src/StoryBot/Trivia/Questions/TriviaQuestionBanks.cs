using Microsoft.Extensions.Options;
using StoryBot.Data.Libraries;
using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Questions;

/// <summary>
/// The question libraries per <see cref="LibraryScope"/>: for each scope one with every story it sees and one without
/// Mature/Explicit stories for SFW channels, built from that scope's catalog (so questions and wrong answers never come
/// from a library the channel cannot see). Replaced when the source returns a different catalog (after an import).
/// At most <see cref="MaxScopes"/> scopes are kept; the least recently used goes first.
/// </summary>
public sealed class TriviaQuestionBanks(ITriviaCorpusSource source, IOptions<TriviaOptions> options)
{
    public const int MaxScopes = 64;

    private readonly Lock _gate = new();
    private readonly Dictionary<LibraryScope, TriviaBankEntry> _entries = [];
    private long _uses;

    public async Task<QuestionLibrary> GetAsync(LibraryScope scope, bool allowsMatureContent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var catalog = await source.LoadCatalogAsync(scope, cancellationToken);
        var settings = options.Value;
        lock (_gate)
        {
            if (!_entries.TryGetValue(scope, out var entry) || !ReferenceEquals(catalog, entry.Catalog))
            {
                if (_entries.Count >= MaxScopes && !_entries.ContainsKey(scope))
                {
                    _entries.Remove(_entries.MinBy(pair => pair.Value.LastUse).Key);
                }

                entry = new TriviaBankEntry(catalog, new Lazy<CharacterNames>(() => new CharacterNames(catalog.Characters.Values)));
                _entries[scope] = entry;
            }

            entry.LastUse = ++_uses;
            return allowsMatureContent
                ? entry.All ??= new QuestionLibrary(source, scope, catalog, allowsMatureContent: true, settings.Questions, settings.WholeLibraryMaxRows, entry.Names)
                : entry.Safe ??= new QuestionLibrary(source, scope, catalog, allowsMatureContent: false, settings.Questions, settings.WholeLibraryMaxRows, entry.Names);
        }
    }
}
