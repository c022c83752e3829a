using System.Buffers;

namespace StoryBot.Corpus.Parsing;

/// <summary>Character classes shared by the line classifiers.</summary>
internal static class TextChars
{
    /// <summary>Blank characters a line may consist of without counting as text.</summary>
    public static readonly SearchValues<char> Blank = SearchValues.Create(" \t\f\r\u000B\u001A\u00A0\u2007\u202F\u3000\uFEFF\u200B");

    /// <summary>Symbols used to draw scene-break rules and to decorate headings.</summary>
    public static readonly SearchValues<char> RuleSymbols = SearchValues.Create("*#§~•◆◇○●♦♥☆★✿❀·°^-_=+.<>|/\\:–—,");

    /// <summary>Symbols that make a rule on their own, even a single one ("*", "§").</summary>
    public static readonly SearchValues<char> StrongRuleSymbols = SearchValues.Create("*#§~•◆◇○●♦♥☆★✿❀");

    /// <summary>Decoration around a heading or marker: symbols, blanks and brackets (letters like xx/oOo are handled as tokens).</summary>
    public static readonly SearchValues<char> Decoration = SearchValues.Create("*#§~•◆◇○●♦♥☆★✿❀·°^-_=+<>|/\\:–— \t\u00A0");

    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '"' or '”' or '\'' or '’' or '…' or ')' or ']';

    public static bool IsQuote(char c) => c is '"' or '“' or '”' or '\'' or '‘' or '’' or '«' or '»';

    /// <summary>Words in a line: runs of characters between spaces and tabs.</summary>
    public static int CountWords(ReadOnlySpan<char> value)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in value)
        {
            bool blank = c is ' ' or '\t';
            words += !blank && !inWord ? 1 : 0;
            inWord = !blank;
        }

        return words;
    }
}
