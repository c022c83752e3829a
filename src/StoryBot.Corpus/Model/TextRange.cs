namespace StoryBot.Corpus.Model;

/// <summary>A span of the decoded chapter text, in UTF-16 code units, so any passage can be traced back to its file.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;

    public static TextRange FromBounds(int start, int end) => new(start, end - start);

    public string Slice(string text) => text.Substring(Start, Length);
}
