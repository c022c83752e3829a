namespace StoryBot.Corpus.Attribution;

/// <summary>
/// One paragraph as a turn of a conversation, kept after its analysis is recycled. <see cref="Speaker"/> is its one
/// speaker when every quote it gave a speaker to is theirs at anchor confidence; <see cref="Pure"/> when it is nothing
/// but quoted speech (no narration that could name or move someone); <see cref="Addressee"/> the one character its
/// quotes address by name (-1 none, -2 several or an ambiguous name). <see cref="People"/> is a bit per character
/// named in its narration or speaking in it at any confidence (bit 63: someone else, or an ambiguous name).
/// </summary>
internal readonly record struct TurnRecord(
    int ParagraphIndex,
    int FirstLine,
    int LineCount,
    int Speaker,
    double Confidence,
    bool Pure,
    bool Unknown,
    int Addressee,
    long People)
{
    /// <summary>A paragraph with no quote: narration, which ends any run of turns.</summary>
    public bool IsNarration => LineCount == 0;
}
