namespace StoryBot.Discord.Fake.Attachments;

/// <summary>How a served attachment misbehaves.</summary>
public enum AttachmentFault
{
    None,

    /// <summary>302 Found to <see cref="FakeAttachment.RedirectTo"/>.</summary>
    Redirect,

    /// <summary>Declares the full Content-Length, sends half the bytes and closes the connection.</summary>
    Truncate,

    /// <summary>No Content-Length: the body is streamed in chunks, so only counting the bytes read can stop it.</summary>
    Chunked,
}
