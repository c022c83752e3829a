namespace StoryBot.Corpus.Works;

/// <summary>What a heading line inside a complete work is.</summary>
internal enum HeadingKind
{
    None = 0,

    /// <summary>"Chapter 12", "CHAPTER XII.", "Chapter Twelve: Title", "Ch. 3 - Title".</summary>
    Chapter = 1,

    /// <summary>"Part Two", "Book 1: Title" (chapters only when the file has no "Chapter" headings).</summary>
    Part = 2,

    /// <summary>"Prologue", "Epilogue: After", "Interlude".</summary>
    Special = 3,

    /// <summary>"12. Title", "XII." — a heading only when the file numbers at least three of them in sequence.</summary>
    Numbered = 4,

    /// <summary>AO3's "Chapter Notes" / "Chapter Summary" block label.</summary>
    ChapterNotes = 5,

    /// <summary>AO3's "Chapter End Notes" block label.</summary>
    ChapterEndNotes = 6,

    /// <summary>AO3's "Chapter Text" label: the story starts after it.</summary>
    ChapterText = 7,
}
