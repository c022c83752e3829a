namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// A rank that speaks alone (<c>said the Queen</c>, <c>returned the King</c>), written capitalised at least as often as
/// in lower case (<c>the Queen</c> is one person; <c>the captain</c> may be any captain of the story), that no found name
/// carries (<c>Queen Isra</c>): a character of its own, named by the rank (<c>Queen</c>), as a reader would list the
/// Queen of a fable that never names her. The rank says the gender when it has one.
/// </summary>
internal static class LoneRanks
{
    public static List<NameEntity> Find(List<NameEntity> entities, Dictionary<string, int> epithetTags, int minSpeaks)
    {
        var found = new List<NameEntity>();
        foreach (var (key, speaks) in epithetTags)
        {
            if (speaks < minSpeaks || !key.StartsWith(TextNameCollector.LoneSpeechKey, StringComparison.Ordinal))
            {
                continue;
            }

            var rank = key[TextNameCollector.LoneSpeechKey.Length..];

            var capital = epithetTags.GetValueOrDefault(TextNameCollector.CapitalKey + rank);
            if (capital == 0 || capital < epithetTags.GetValueOrDefault(TextNameCollector.LowerKey + rank) ||
                entities.Any(e => e.Ranks.Contains(rank, StringComparer.Ordinal)))
            {
                continue;
            }

            var entity = new NameEntity(new NameForm(null, [char.ToUpperInvariant(rank[0]) + rank[1..]]) { Mentions = capital, MidSentence = capital })
            {
                EpithetSpeaks = speaks,
                EpithetAddressed = epithetTags.GetValueOrDefault(TextNameCollector.AddressedKey + rank),
            };
            found.Add(entity);
        }

        return found;
    }

    /// <summary>The gender a lone rank says (<c>Queen</c>: female), or unknown.</summary>
    public static Model.Gender Of(NameForm form) =>
        form.Title is null && form.Words.Length == 1 && RankWords.IsTitle(form.Words[0], out var gender) ? gender : Model.Gender.Unknown;
}
