namespace StoryBot.Discord.Fake;

/// <summary>A route bucket: <paramref name="Limit"/> requests per <paramref name="Window"/>.</summary>
public sealed record RouteLimit(int Limit, TimeSpan Window);
