using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// The first-person narrator, when the narration names them: "My name is Sam Dorrit" outside any quote, matching one
/// listed character (and only one across the chapter). Then "I said", "said I" and "I sat down." are theirs.
/// </summary>
internal static class Narrator
{
    private const int NameSpan = 80;

    /// <param name="narrationI">The chapter's <see cref="NarrationCounts.NarrationIBound"/>, counted once by the caller.</param>
    public static int Find(ParsedChapter chapter, NameMatcher matcher, int narrationI)
    {
        var text = chapter.Text;

        // Most chapters never say "my name is/was": one vectorised search of the whole text instead of two per paragraph.
        if (!text.Contains("y name ", StringComparison.Ordinal))
        {
            return AddressedNarrator.Find(chapter, matcher, narrationI);
        }

        var found = -1;
        var tokens = new List<Token>();
        foreach (var paragraph in chapter.Paragraphs)
        {
            foreach (var phrase in (ReadOnlySpan<string>)["y name is ", "y name was "])
            {
                var from = paragraph.Range.Start;
                while (from < paragraph.Range.End)
                {
                    var at = text.IndexOf(phrase, from, paragraph.Range.End - from, StringComparison.Ordinal);
                    if (at < 1)
                    {
                        break;
                    }

                    from = at + phrase.Length;
                    if (text[at - 1] is not ('M' or 'm') || (at >= 2 && char.IsLetter(text[at - 2])) || InQuote(paragraph, at))
                    {
                        continue;
                    }

                    tokens.Clear();
                    Tokenizer.Tokenize(text, from, Math.Min(paragraph.Range.End, from + NameSpan), tokens);
                    var match = tokens.Count > 0 ? matcher.Match(text, tokens, 0) : NameMatch.None;
                    if (!match.IsCharacter || match.Possessive)
                    {
                        continue;
                    }

                    if (found >= 0 && found != match.Character)
                    {
                        return -1; // two narrators (or a name someone else gives): nobody is "I" for sure
                    }

                    found = match.Character;
                }
            }
        }

        return found >= 0 ? found : AddressedNarrator.Find(chapter, matcher, narrationI);
    }

    private static bool InQuote(Paragraph paragraph, int offset)
    {
        var quotes = paragraph.Quotes;
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (offset >= quote.Range.Start && offset < quote.Range.End)
            {
                return true;
            }
        }

        return false;
    }
}
