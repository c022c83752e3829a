namespace StoryBot.Corpus.Characters;

/// <summary>
/// Surname particles (<c>de</c>, <c>von</c>, <c>van der</c>, <c>du</c>, <c>da</c>, <c>di</c>, <c>le</c>): part of the
/// surname they stand before (<c>Madame de Saint-Méran</c>, <c>Cornelis van der Berg</c>) and never a name alone. Written
/// in lower case in a name (<c>said van der Berg</c>), capitalised at a sentence start (<c>Van der Berg laughed</c>):
/// either way the same name.
/// </summary>
internal static class NameParticles
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "de", "du", "des", "del", "della", "van", "von", "vom", "der", "den", "ter", "ten", "da", "di", "dos", "das", "le", "la", "zu",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is a particle (any case); cheap for the other words (called per token by the matcher).</summary>
    public static bool Contains(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 5 && (char)(word[0] | 0x20) is 'd' or 'v' or 't' or 'l' or 'z' && Words.Contains(word);
}
