using StoryBot.Commands;
using StoryBot.Data.Import;
using StoryBot.Data.Queries;

namespace StoryBot.Stories;

/// <summary>
/// A story option as typed (<c>story:naruto</c>) to one story: a slug or a whole title picks it; words that several
/// stories share get the list back instead of a silent pick of one of them.
/// </summary>
public sealed class StoryResolver(IStoryCatalog catalog)
{
    private const int MaxListed = 5;

    /// <summary>The story, or null and the ephemeral text to answer with.</summary>
    public async Task<(StorySummary? Story, string? Problem)> ResolveAsync(string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var text = typed.Trim();
        var found = await catalog.FindStoryAsync(text, cancellationToken).ConfigureAwait(false);
        if (found is not null && (found.Slug == text || found.Slug == Slugs.From(text) || string.Equals(found.Title, text, StringComparison.OrdinalIgnoreCase)))
        {
            return (found, null);
        }

        var matches = await catalog.SuggestStoriesAsync(text, includeMature: true, MaxListed + 1, cancellationToken).ConfigureAwait(false);
        if (matches.Count > 1)
        {
            var names = matches.Take(MaxListed).Select(s => $"*{Markdown.Escape(s.Title)}* (`{s.Slug}`)").ToList();
            var more = matches.Count > MaxListed ? " and more" : string.Empty;
            return (null, $"“{Markdown.Escape(text)}” matches {(matches.Count > MaxListed ? "more than " + MaxListed : matches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))} stories: {string.Join(", ", names)}{more}. Which one? Pick it from the suggestions or type its name in full.");
        }

        return found is null
            ? (null, $"I couldn't find a story called “{Markdown.Escape(text)}”. Pick one from the suggestions, or see `/story list`.")
            : (found, null);
    }
}
