using System.Globalization;
using System.Text.Json.Nodes;
using StoryBot.Discord.Fake.Attachments;

namespace StoryBot.Discord.Fake;

public sealed partial class FakeDiscordServer
{
    private readonly AttachmentStore attachments = new();

    /// <summary>Files the fake serves (what a user "uploaded").</summary>
    public IReadOnlyCollection<FakeAttachment> Attachments => attachments.All;

    /// <summary>Stores a file and returns it with the URL the fake serves it at (put it into an interaction with <see cref="WithAttachment"/>).</summary>
    public FakeAttachment AddAttachment(string fileName, byte[] bytes, string contentType = "application/octet-stream", AttachmentFault fault = AttachmentFault.None, long? declaredSize = null, Uri? redirectTo = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(bytes);
        var id = state.Snowflakes.Next();
        var url = new Uri(BaseAddress, string.Create(CultureInfo.InvariantCulture, $"attachments/{id}/{Uri.EscapeDataString(fileName)}"));
        var attachment = new FakeAttachment(id, fileName, bytes, contentType, url)
        {
            DeclaredSize = declaredSize ?? bytes.Length,
            Fault = fault,
            RedirectTo = redirectTo,
        };
        attachments.Add(attachment);
        return attachment;
    }

    /// <summary>
    /// Adds <paramref name="attachment"/> to the interaction's <c>data.resolved.attachments</c> as Discord does for an
    /// attachment option (whose value is the attachment id: <see cref="Interactions.InteractionBuilders.AttachmentOption"/>).
    /// </summary>
    public static JsonObject WithAttachment(JsonObject d, FakeAttachment attachment, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(attachment);
        var data = d["data"] as JsonObject ?? throw new ArgumentException("The interaction has no data.", nameof(d));
        var resolved = data["resolved"] as JsonObject ?? new JsonObject();
        data["resolved"] = resolved;
        var files = resolved["attachments"] as JsonObject ?? new JsonObject();
        resolved["attachments"] = files;
        var address = (url ?? attachment.Url).ToString();
        files[attachment.Id.ToString(CultureInfo.InvariantCulture)] = new JsonObject
        {
            ["id"] = attachment.Id.ToString(CultureInfo.InvariantCulture),
            ["filename"] = attachment.FileName,
            ["size"] = attachment.DeclaredSize,
            ["url"] = address,
            ["proxy_url"] = address,
            ["content_type"] = attachment.ContentType,
        };
        return d;
    }

    internal Task ServeAttachmentAsync(Microsoft.AspNetCore.Http.HttpContext context, string path) => attachments.ServeAsync(context, path);
}
