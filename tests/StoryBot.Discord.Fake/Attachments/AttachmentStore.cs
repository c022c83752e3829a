using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace StoryBot.Discord.Fake.Attachments;

/// <summary>The files the fake serves under <c>/attachments/{id}/{filename}</c>.</summary>
internal sealed class AttachmentStore
{
    private readonly ConcurrentDictionary<ulong, FakeAttachment> files = new();

    public void Add(FakeAttachment attachment) => files[attachment.Id] = attachment;

    public IReadOnlyCollection<FakeAttachment> All => [.. files.Values];

    public async Task ServeAsync(HttpContext context, string path)
    {
        var parts = path.Trim('/').Split('/');
        if (parts.Length < 3 || !ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !files.TryGetValue(id, out var file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        switch (file.Fault)
        {
            case AttachmentFault.Redirect:
                context.Response.StatusCode = StatusCodes.Status302Found;
                context.Response.Headers.Location = file.RedirectTo?.ToString() ?? "https://example.com/";
                return;
            case AttachmentFault.Truncate:
                context.Response.ContentType = file.ContentType;
                context.Response.ContentLength = file.Bytes.Length;
                await context.Response.Body.WriteAsync(file.Bytes.AsMemory(0, file.Bytes.Length / 2), context.RequestAborted).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                context.Abort();
                return;
            case AttachmentFault.Chunked:
                context.Response.ContentType = file.ContentType;
                for (int offset = 0; offset < file.Bytes.Length; offset += 16 * 1024)
                {
                    await context.Response.Body.WriteAsync(file.Bytes.AsMemory(offset, Math.Min(16 * 1024, file.Bytes.Length - offset)), context.RequestAborted).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                }

                return;
            default:
                context.Response.ContentType = file.ContentType;
                context.Response.ContentLength = file.Bytes.Length;
                await context.Response.Body.WriteAsync(file.Bytes, context.RequestAborted).ConfigureAwait(false);
                return;
        }
    }
}
