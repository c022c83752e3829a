using StoryBot.Corpus.Model;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>Counts lower-case uses of the found names' first words: "will", "grace", "hope" are common words first.</summary>
internal static class LowerCaseCounter
{
    /// <summary>How often the first word of each untitled form appears in lower case ("will", "grace", "hope").</summary>
    public static void Count(IReadOnlyList<ParsedChapter> chapters, Dictionary<string, NameForm> forms, List<Token> tokens)
    {
        var firstWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var form in forms.Values)
        {
            if (form.Title is null)
            {
                firstWords.TryAdd(form.Words[0], 0);
            }
        }

        if (firstWords.Count == 0)
        {
            return;
        }

        var lookup = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var chapter in chapters)
        {
            foreach (var paragraph in chapter.Paragraphs)
            {
                tokens.Clear();
                Tokenizer.Tokenize(chapter.Text, paragraph.Range.Start, paragraph.Range.End, tokens);
                foreach (var token in tokens)
                {
                    if (token.IsWord && char.IsLower(chapter.Text[token.Start]) && lookup.TryGetValue(token.Span(chapter.Text), out var count))
                    {
                        lookup[token.Span(chapter.Text)] = count + 1;
                    }
                }
            }
        }

        foreach (var form in forms.Values)
        {
            if (form.Title is null)
            {
                form.LowerCase = firstWords[form.Words[0]];
            }
        }
    }
}
