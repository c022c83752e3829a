using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Works;

/// <summary>
/// Chapter numbers for a split work. The headings' own numbers are kept when they rise strictly ("Chapter 10" … "Chapter
/// 14" stay 10–14); a Prologue before them takes the number below the first (0 before "Chapter 1"), an Epilogue or
/// Interlude the number after the one before it, when that leaves the order intact. Otherwise the chapters are
/// numbered by position from 1.
/// </summary>
internal static class ChapterNumbering
{
    public static int[] Assign(IReadOnlyList<ChapterSection> sections)
    {
        int[] numbers = new int[sections.Count];
        return TryHeadingNumbers(sections, numbers) ? numbers : [.. Enumerable.Range(1, sections.Count)];
    }

    private static bool TryHeadingNumbers(IReadOnlyList<ChapterSection> sections, int[] numbers)
    {
        int? previous = null;
        for (int i = 0; i < sections.Count; i++)
        {
            int? own = sections[i].IsSpecial ? null : sections[i].Number;
            if (own is int value)
            {
                if (previous is int before && value <= before)
                {
                    return false;
                }

                numbers[i] = value;
                previous = value;
                continue;
            }

            int? next = Next(sections, i);
            int candidate = previous is int last ? last + 1 : next is int upcoming ? upcoming - 1 : 1;
            if (candidate < 0 || (next is int limit && candidate >= limit))
            {
                return false;
            }

            numbers[i] = candidate;
            previous = candidate;
        }

        return true;
    }

    private static int? Next(IReadOnlyList<ChapterSection> sections, int index)
    {
        for (int i = index + 1; i < sections.Count; i++)
        {
            if (!sections[i].IsSpecial && sections[i].Number is int number)
            {
                return number;
            }
        }

        return null;
    }
}
