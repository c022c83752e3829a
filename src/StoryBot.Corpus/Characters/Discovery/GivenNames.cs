using System.Collections.Frozen;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// Common English given names that are one sex's almost always (≥ 98% of US births 1880–2024 with that name, ≥ 5,000
/// births; the Social Security Administration's public-domain baby-name files, in <c>given-names.tsv</c>). A weak prior:
/// discovery uses it only for a found name whose pronouns in the text never say the other gender.
/// </summary>
internal static class GivenNames
{
    private static readonly Lazy<FrozenDictionary<string, Gender>> Names = new(Load);

    /// <summary>The gender the list gives <paramref name="word"/> (as written, first letter capital), or unknown.</summary>
    public static Gender Of(string word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && Names.Value.TryGetValue(word, out var gender) ? gender : Gender.Unknown;

    private static FrozenDictionary<string, Gender> Load()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream("StoryBot.Corpus.given-names.tsv")
            ?? throw new InvalidOperationException("given-names.tsv is not embedded in StoryBot.Corpus");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, Gender>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab <= 0)
            {
                continue;
            }

            names[line[..tab]] = line.AsSpan(tab + 1).StartsWith("M", StringComparison.Ordinal) ? Gender.Male : Gender.Female;
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
