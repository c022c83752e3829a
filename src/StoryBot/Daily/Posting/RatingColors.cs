using StoryBot.Corpus.Model;

namespace StoryBot.Daily.Posting;

/// <summary>The embed colour of each rating (the familiar archive colours: green, yellow, orange, red; grey when unrated).</summary>
public static class RatingColors
{
    public static int For(Rating rating) => rating switch
    {
        Rating.General => 0x57F287,
        Rating.Teen => 0xFEE75C,
        Rating.Mature => 0xE67E22,
        Rating.Explicit => 0xED4245,
        _ => 0x95A5A6,
    };
}
