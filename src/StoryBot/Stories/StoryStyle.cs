using StoryBot.Corpus.Model;

namespace StoryBot.Stories;

/// <summary>How stories look in messages: a colour and label per rating.</summary>
public static class StoryStyle
{
    public static int Color(Rating rating) => rating switch
    {
        Rating.General => 0x57F287,
        Rating.Teen => 0x5865F2,
        Rating.Mature => 0xE67E22,
        Rating.Explicit => 0xED4245,
        _ => 0x99AAB5,
    };

    public static string Label(Rating rating) => rating switch
    {
        Rating.General => "General",
        Rating.Teen => "Teen",
        Rating.Mature => "Mature 🔞",
        Rating.Explicit => "Explicit 🔞",
        _ => "Not rated",
    };

    /// <summary>"1,234" in invariant culture.</summary>
    public static string Number(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
