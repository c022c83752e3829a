namespace StoryBot.Corpus.Text;

/// <summary>A word or punctuation mark, as an offset into the text it was read from. No string is allocated.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);

    public bool IsWord => Kind == TokenKind.Word;

    public bool Is(string text, char punctuation) => Kind == TokenKind.Punctuation && text[Start] == punctuation;
}
