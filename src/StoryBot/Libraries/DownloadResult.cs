namespace StoryBot.Libraries;

/// <summary>A downloaded file's bytes, or the one-line reason it was refused (nothing is written anywhere).</summary>
public sealed record DownloadResult(byte[]? Bytes, string? Error)
{
    public static DownloadResult Fail(string error) => new(null, error);

    public static DownloadResult Ok(byte[] bytes) => new(bytes, null);
}
