using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Parsing;

/// <summary>
/// One chapter cut out of a larger text (a complete work, an HTML export, an EPUB document): its text, where the story
/// body sits in it, the heading's number and title, and notes already known (AO3 "Chapter Notes"/"Chapter End Notes"),
/// whose ranges point into <see cref="Text"/> outside the body.
/// </summary>
internal sealed record ChapterSection(string Text, int BodyStart, int BodyEnd, int? Number, string? Title, IReadOnlyList<Note> Notes)
{
    /// <summary>A Prologue, Epilogue or Interlude: numbered by its place among the numbered chapters.</summary>
    public bool IsSpecial { get; init; }

    public static ChapterSection Whole(string text, int? number, string? title) => new(text, 0, text.Length, number, title, []);
}
