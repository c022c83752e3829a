using System.Runtime.CompilerServices;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// Whether offsets of a paragraph, asked in increasing order, fall inside one of its quotes: one step along the quotes
/// instead of a scan of them per offset (quotes out of order, which the quote finder does not produce, are scanned).
/// </summary>
internal struct QuoteCursor
{
    private readonly IReadOnlyList<QuoteSpan> _quotes;
    private readonly bool _ordered;
    private int _next;

    public QuoteCursor(Paragraph paragraph)
    {
        _quotes = paragraph.Quotes;
        _ordered = true;
        for (var q = 1; q < _quotes.Count; q++)
        {
            _ordered &= _quotes[q].Range.Start >= _quotes[q - 1].Range.End;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(int offset)
    {
        if (!_ordered)
        {
            for (var q = 0; q < _quotes.Count; q++)
            {
                var quote = _quotes[q];
                if (offset >= quote.Range.Start && offset < quote.Range.End)
                {
                    return true;
                }
            }

            return false;
        }

        while (_next < _quotes.Count && _quotes[_next].Range.End <= offset)
        {
            _next++;
        }

        return _next < _quotes.Count && offset >= _quotes[_next].Range.Start;
    }
}
