using StoryBot.Bench.Measurement;

namespace StoryBot.Bench.Suites;

/// <summary>
/// Round trips of one load phase: latency from the fake sending INTERACTION_CREATE to it receiving the callback,
/// deadlines missed (no accepted callback within Discord's 3 s), deferrals, and how late the sender itself ran.
/// </summary>
public sealed record LoadResult(Percentiles Latency, int Sent, int Missed, int Deferred, double MaxSendLagMs, double Seconds);
