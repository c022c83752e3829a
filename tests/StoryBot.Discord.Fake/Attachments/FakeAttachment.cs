namespace StoryBot.Discord.Fake.Attachments;

/// <summary>
/// A file the fake serves at <see cref="Url"/> (its own address, like Discord's CDN serves uploads), to put into an
/// interaction's resolved data. <see cref="Fault"/> makes the download misbehave for tests.
/// </summary>
public sealed record FakeAttachment(ulong Id, string FileName, byte[] Bytes, string ContentType, Uri Url)
{
    /// <summary>The size the interaction declares (normally the byte count).</summary>
    public long DeclaredSize { get; init; } = Bytes.Length;

    public AttachmentFault Fault { get; init; }

    /// <summary>For <see cref="AttachmentFault.Redirect"/>: where the fake sends the downloader instead.</summary>
    public Uri? RedirectTo { get; init; }
}
