namespace StoryBot.Discord.Interactions;

/// <summary>
/// A file an attachment option refers to, from the interaction's resolved data: its name, its declared size and the
/// URL Discord serves it at. Untrusted: the size is only what Discord declares, the URL must still be checked.
/// </summary>
public sealed record InteractionAttachment(ulong Id, string FileName, long Size, string Url, string? ContentType);
