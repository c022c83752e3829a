namespace StoryBot.Corpus.Characters;

/// <summary>Where a character of a story's list came from, most trusted first.</summary>
public enum CharacterSource
{
    /// <summary>A hand-written characters.json (the override).</summary>
    Json,

    /// <summary>The work's own Character tags (AO3 and the like).</summary>
    Tags,

    /// <summary>A proper name found speaking in the text.</summary>
    Text,
}
