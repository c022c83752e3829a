namespace StoryBot.Discord.JsonModels;

/// <summary>Resume (gateway-events.mdx#resume).</summary>
internal sealed class ResumeJson
{
    public required string Token { get; set; }

    public required string SessionId { get; set; }

    public long Seq { get; set; }
}
