namespace StoryBot.Daily.Rotation;

/// <summary>
/// Chooses the next chapter: every eligible chapter is posted once per cycle before any repeats; chapters added
/// mid-cycle join the running cycle; Mature/Explicit chapters are not eligible for channels that are not
/// age-restricted (they stay unposted and wait for an NSFW channel rather than holding the cycle open).
/// </summary>
public static class RotationPicker
{
    public static RotationPick? Pick(
        ulong guildId,
        IEnumerable<RotationCandidate> candidates,
        bool allowMature,
        RotationHistory history)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(history);

        var eligible = candidates
            .Where(c => allowMature || !c.IsMature)
            .DistinctBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        if (eligible.Count == 0)
        {
            return null;
        }

        var cycle = history.Cycle;
        var remaining = eligible.Where(c => !history.PostedInCycle.Contains(c.Key)).ToList();
        if (remaining.Count == 0)
        {
            cycle++;
            remaining = eligible;
        }

        var next = remaining
            .OrderBy(c => RotationOrder.Key(guildId, cycle, c.Key))
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .First();
        return new RotationPick(next.ChapterId, next.Key, cycle);
    }
}
