using System.Text.Json;

namespace StoryBot.Discord.JsonModels;

/// <summary>An error body: <c>{"code": 50035, "message": "Invalid Form Body", "errors": {…}}</c>, or a 429 body.</summary>
internal sealed class ErrorJson
{
    public int? Code { get; set; }

    public string? Message { get; set; }

    public double? RetryAfter { get; set; }

    public bool? Global { get; set; }

    /// <summary>50035's nested field errors (any shape; see <see cref="Rest.FormErrors"/>).</summary>
    public JsonElement? Errors { get; set; }
}
