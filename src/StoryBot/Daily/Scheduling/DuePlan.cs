using NodaTime;

namespace StoryBot.Daily.Scheduling;

/// <summary>
/// What one schedule needs at one instant: post (or finish a pending post) for <see cref="LocalDate"/> now, or
/// nothing until <see cref="NextWake"/>.
/// </summary>
public sealed record DuePlan(bool DueNow, LocalDate LocalDate, Instant NextWake);
