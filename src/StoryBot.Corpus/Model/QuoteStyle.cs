namespace StoryBot.Corpus.Model;

public enum QuoteStyle
{
    /// <summary>"…"</summary>
    StraightDouble = 0,

    /// <summary>“…”</summary>
    CurlyDouble = 1,

    /// <summary>'…'</summary>
    StraightSingle = 2,

    /// <summary>‘…’</summary>
    CurlySingle = 3,
}
