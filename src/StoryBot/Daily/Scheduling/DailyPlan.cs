using NodaTime;

namespace StoryBot.Daily.Scheduling;

/// <summary>One scheduler pass: the servers whose post needs work now, and the earliest instant any other one does.</summary>
public sealed record DailyPlan(IReadOnlyList<ulong> DueGuilds, Instant? NextWake);
