namespace StoryBot.Discord.JsonModels;

internal sealed class SessionStartLimitJson
{
    public int Total { get; set; }

    public int Remaining { get; set; }

    public int ResetAfter { get; set; }

    public int MaxConcurrency { get; set; } = 1;
}
