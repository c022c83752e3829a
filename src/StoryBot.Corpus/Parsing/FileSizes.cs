using System.Globalization;

namespace StoryBot.Corpus.Parsing;

/// <summary>File sizes in messages: binary units, named as such (64 MiB is 67.1 MB; saying "MB" for either confuses).</summary>
public static class FileSizes
{
    public static string Format(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB";
}
