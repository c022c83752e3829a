using System.Text.Json.Nodes;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Recording;

namespace StoryBot.Tests.Support;

/// <summary>Dispatch-and-wait helpers: every wait is bounded so a broken bot fails the test instead of hanging it.</summary>
public static class FakeDiscordExtensions
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<RecordedCallback> AnswerOf(this FakeDiscordServer fake, Task<FakeInteraction> dispatch)
    {
        ArgumentNullException.ThrowIfNull(fake);
        ArgumentNullException.ThrowIfNull(dispatch);
        var interaction = await dispatch;
        using var timeout = new CancellationTokenSource(Patience);
        return await fake.WaitForCallbackAsync(interaction.Id, timeout.Token);
    }

    public static JsonObject Embed(this RecordedCallback callback) =>
        (JsonObject)callback.Data!["embeds"]![0]!;

    public static string? Field(this RecordedCallback callback, string name) =>
        callback.Embed()["fields"]!.AsArray().FirstOrDefault(f => (string?)f!["name"] == name)?["value"]?.GetValue<string>();

    public static bool IsEphemeral(this RecordedCallback callback) =>
        (((int?)callback.Data?["flags"] ?? 0) & 64) == 64;

    public static IEnumerable<JsonObject> Buttons(this RecordedCallback callback) =>
        callback.Data?["components"]?.AsArray().SelectMany(row => row!["components"]!.AsArray()).Cast<JsonObject>() ?? [];

    public static string CustomIdOf(this RecordedCallback callback, string labelPart) =>
        (string)callback.Buttons().First(b => ((string?)b["label"] ?? string.Empty).Contains(labelPart, StringComparison.Ordinal))["custom_id"]!;
}
