using System.Diagnostics;

namespace StoryBot.Bench.Suites;

/// <summary>
/// The search baseline: for each query, walk every paragraph in memory and keep those containing all of its words
/// (ordinal, case-insensitive). No index, no ranking — what a bot without FTS would have to do per request.
/// </summary>
public static class LinearScanBaseline
{
    public static (IReadOnlyList<double> Milliseconds, long Matches) Run(IReadOnlyList<string> paragraphs, IEnumerable<string> queries)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(queries);
        var samples = new List<double>();
        long matches = 0;
        foreach (string query in queries)
        {
            string[] words = query.Split((char[])[' ', '"'], StringSplitOptions.RemoveEmptyEntries);
            long started = Stopwatch.GetTimestamp();
            foreach (string paragraph in paragraphs)
            {
                if (words.All(w => paragraph.Contains(w, StringComparison.OrdinalIgnoreCase)))
                {
                    matches++;
                }
            }

            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return (samples, matches);
    }
}
