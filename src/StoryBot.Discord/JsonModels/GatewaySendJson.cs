using System.Text.Json.Serialization;

namespace StoryBot.Discord.JsonModels;

/// <summary>A sent gateway payload; <c>d</c> is always written (a first heartbeat sends <c>"d": null</c>).</summary>
internal sealed class GatewaySendJson<T>
{
    public int Op { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public T? D { get; set; }
}
