using StoryBot.Corpus.Works;

namespace StoryBot.Corpus.Html;

/// <summary>A chapter's number and title from a heading or table-of-contents label ("Chapter 3: Rain", "Prologue", "Rain").</summary>
internal readonly record struct HeadingTitle(int? Number, string? Title, bool IsSpecial)
{
    public static HeadingTitle From(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return new HeadingTitle(null, null, false);
        }

        string trimmed = label.Trim();
        HeadingKind kind = ChapterHeadings.Classify(trimmed, out int? number, out string? title);
        return kind switch
        {
            HeadingKind.Chapter or HeadingKind.Part or HeadingKind.Numbered => new HeadingTitle(number, title, false),
            HeadingKind.Special => new HeadingTitle(null, title, true),
            _ => new HeadingTitle(null, trimmed.Length <= 200 ? trimmed : trimmed[..200], false),
        };
    }
}
