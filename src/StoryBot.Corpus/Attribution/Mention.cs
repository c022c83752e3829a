namespace StoryBot.Corpus.Attribution;

/// <summary>
/// A character named in a paragraph. <see cref="Character"/> is -1 for a name shared by several characters;
/// <see cref="Rank"/>: named by a rank only ("the Archdeacon").
/// </summary>
internal readonly record struct Mention(int Character, int Token, int Length, bool Possessive, int Quote, bool Rank = false)
{
    public bool InQuote => Quote >= 0;
}
