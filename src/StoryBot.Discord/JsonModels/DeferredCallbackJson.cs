namespace StoryBot.Discord.JsonModels;

/// <summary>Interaction callback of type 5 or 6; data only carries the ephemeral flag for type 5.</summary>
internal sealed class DeferredCallbackJson
{
    public int Type { get; set; }

    public DeferredCallbackDataJson? Data { get; set; }
}
