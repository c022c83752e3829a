namespace StoryBot.Commands;

/// <summary>
/// A file given to an attachment option: on Discord, what the interaction's resolved data says (name, declared size,
/// the URL it is served at — untrusted until downloaded under the rules of the library downloader); in the console
/// shell, a local path.
/// </summary>
public sealed record BotAttachment(string FileName, long Size, string? Url, string? LocalPath = null);
