using System.Text;
using StoryBot.Commands;

namespace StoryBot.Excerpts;

/// <summary>
/// Escapes text for Discord and puts the words matching a full-text query in **bold**. A word matches a term when
/// it equals it or starts with it (terms of 3+ letters, so "train" also bolds "training", as the stemmer would).
/// </summary>
public static class SearchHighlighter
{
    private static readonly HashSet<string> Operators = new(StringComparer.OrdinalIgnoreCase) { "AND", "OR", "NOT", "NEAR" };

    public static IReadOnlyList<string> Terms(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Words(query)
            .Where(word => !word.IsSeparator && !Operators.Contains(word.Text))
            .Select(word => word.Text.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public static string Highlight(string text, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
        {
            return Markdown.Escape(text);
        }

        var builder = new StringBuilder(text.Length + 32);
        var pending = new StringBuilder();
        foreach (var word in Words(text))
        {
            if (!word.IsSeparator && Matches(word.Text, terms))
            {
                builder.Append(Markdown.Escape(pending.ToString()));
                pending.Clear();
                builder.Append(Markdown.Bold(Markdown.Escape(word.Text)));
            }
            else
            {
                pending.Append(word.Text);
            }
        }

        builder.Append(Markdown.Escape(pending.ToString()));
        return builder.ToString();
    }

    private static bool Matches(string word, IReadOnlyList<string> terms)
    {
        var lower = word.ToLowerInvariant();
        foreach (var term in terms)
        {
            if (lower == term || (term.Length >= 3 && lower.StartsWith(term, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(string Text, bool IsSeparator)> Words(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || IsWordChar(text[i]) != IsWordChar(text[start]);
            if (boundary && i > start)
            {
                yield return (text[start..i], !IsWordChar(text[start]));
                start = i;
            }
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\'';
}
