namespace StoryBot.Commands;

/// <summary>One name/value field of an embed (name ≤ 256, value ≤ 1024 characters).</summary>
public sealed record BotEmbedField(string Name, string Value, bool Inline = false);
