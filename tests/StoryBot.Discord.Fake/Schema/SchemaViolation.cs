namespace StoryBot.Discord.Fake.Schema;

/// <summary>One place where a JSON value breaks its schema.</summary>
/// <param name="Path">JSON path of the value, e.g. <c>$.embeds[3].title</c>.</param>
/// <param name="Keyword">Schema keyword that failed (maxLength, required, …).</param>
/// <param name="Message">Human readable description.</param>
public sealed record SchemaViolation(string Path, string Keyword, string Message)
{
    public override string ToString() => $"{Path}: {Message} ({Keyword})";
}
