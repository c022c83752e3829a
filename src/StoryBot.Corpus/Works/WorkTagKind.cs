namespace StoryBot.Corpus.Works;

/// <summary>The tag lists a work's metadata carries.</summary>
public enum WorkTagKind
{
    Fandom = 0,
    Relationship = 1,
    Character = 2,
    AdditionalTag = 3,
    Warning = 4,
    Category = 5,
}
