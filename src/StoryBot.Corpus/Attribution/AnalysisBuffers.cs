using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// Token, mention and per-quote storage recycled from paragraph to paragraph (and, through a per-thread pool, from
/// chapter to chapter), so attributing a 100 MB archive does not allocate lists and arrays per paragraph.
/// </summary>
internal sealed class AnalysisBuffers
{
    /// <summary>Buffers grown past this many tokens (a giant one-paragraph chapter) are not kept in the pool.</summary>
    private const int MaxPooledTokens = 1 << 16;

    private const int MaxPooled = 4;

    [ThreadStatic]
    private static Stack<AnalysisBuffers>? pool;

    private int[] _mentionAt = new int[256];

    /// <summary>The analysis object that uses these buffers, recycled with them (see <see cref="ParagraphAnalysis.Rent"/>).</summary>
    public ParagraphAnalysis? Analysis { get; set; }

    public List<Text.Token> Tokens { get; } = new(256);

    public List<Mention> Mentions { get; } = new(16);

    public List<(int Token, Gender Gender)> Descriptions { get; } = new(8);

    public int[] QuoteStart { get; private set; } = new int[8];

    public int[] QuoteEnd { get; private set; } = new int[8];

    public int[] Speakers { get; private set; } = new int[8];

    public int[] TagEnd { get; private set; } = new int[8];

    public AttributedLine?[] Lines { get; private set; } = new AttributedLine?[8];

    /// <summary>A cleared set of buffers from this thread's pool, or a new one.</summary>
    public static AnalysisBuffers Rent() => pool is { Count: > 0 } stack ? stack.Pop() : new AnalysisBuffers();

    /// <summary>Clears <paramref name="buffers"/> and keeps it for the next paragraph on this thread.</summary>
    public static void Return(AnalysisBuffers buffers)
    {
        buffers.Clear();
        pool ??= new Stack<AnalysisBuffers>(MaxPooled);
        if (pool.Count < MaxPooled && buffers.Tokens.Capacity <= MaxPooledTokens)
        {
            pool.Push(buffers);
        }
    }

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

    /// <summary>Makes the per-quote arrays hold at least <paramref name="quotes"/> entries (contents undefined).</summary>
    public void EnsureQuotes(int quotes)
    {
        if (QuoteStart.Length >= quotes)
        {
            return;
        }

        int size = Math.Max(quotes, QuoteStart.Length * 2);
        QuoteStart = new int[size];
        QuoteEnd = new int[size];
        Speakers = new int[size];
        TagEnd = new int[size];
        Lines = new AttributedLine?[size];
    }

    public void Clear()
    {
        Tokens.Clear();
        Mentions.Clear();
        Descriptions.Clear();
        Array.Clear(Lines);
    }
}
