namespace StoryBot.Data.Import;

/// <summary>Counts words as runs of letters and digits (an apostrophe or hyphen inside a word keeps it one word).</summary>
public static class WordCounter
{
    public static int Count(ReadOnlySpan<char> text)
    {
        int count = 0;
        bool inWord = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    count++;
                    inWord = true;
                }
            }
            else if (inWord && (c is '\'' or '’' or '-') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                // "don't", "half-demon": still the same word.
            }
            else
            {
                inWord = false;
            }
        }

        return count;
    }
}
