using System.Globalization;
using System.Text;

namespace StoryBot.Data.Import;

/// <summary>Stable, readable keys for stories: "Second Chances" → "second-chances".</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    public static string From(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var builder = new StringBuilder(Math.Min(title.Length, MaxLength));
        bool dash = false;
        foreach (char c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (dash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else
            {
                dash = true;
            }

            if (builder.Length >= MaxLength)
            {
                break;
            }
        }

        return builder.Length == 0 ? "story" : builder.ToString().TrimEnd('-');
    }
}
