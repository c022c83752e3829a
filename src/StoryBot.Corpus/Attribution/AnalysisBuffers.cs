namespace StoryBot.Corpus.Attribution;

/// <summary>
/// Token and mention storage recycled from paragraph to paragraph, so attributing a 100 MB archive does not allocate a
/// list per paragraph.
/// </summary>
internal sealed class AnalysisBuffers
{
    private int[] _mentionAt = new int[256];

    public List<Text.Token> Tokens { get; } = new(256);

    public List<Mention> Mentions { get; } = new(16);

    /// <summary>An array of at least <paramref name="count"/> entries, the first <paramref name="count"/> set to -1.</summary>
    public int[] MentionAt(int count)
    {
        if (_mentionAt.Length < count)
        {
            _mentionAt = new int[Math.Max(count, _mentionAt.Length * 2)];
        }

        Array.Fill(_mentionAt, -1, 0, count);
        return _mentionAt;
    }

    public void Clear()
    {
        Tokens.Clear();
        Mentions.Clear();
    }
}
