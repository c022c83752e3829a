namespace StoryBot.Discord.Messages;

/// <summary>An embed field (name ≤ 256, value ≤ 1024, already truncated by <see cref="EmbedBuilder"/>).</summary>
/// <param name="Name">Field name.</param>
/// <param name="Value">Field value.</param>
/// <param name="Inline">Whether it is shown inline.</param>
public sealed record EmbedField(string Name, string Value, bool Inline = false);
