using System.IO.Compression;
using StoryBot.Corpus.Works;

namespace StoryBot.Corpus.Epub;

/// <summary>
/// A zip read as hostile input: at most <see cref="WorkParserOptions.MaxEntries"/> entries; entries whose names escape
/// the archive (absolute, drive letters, "..") are invisible; every read counts the bytes actually inflated (the sizes
/// the zip declares are not trusted) against a per-entry and a total limit, and stops the moment one is passed.
/// Nothing is written anywhere: entries are read into memory only.
/// </summary>
internal sealed class SafeZip : IDisposable
{
    private readonly ZipArchive archive;
    private readonly Dictionary<string, ZipArchiveEntry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ZipArchiveEntry> folded = new(StringComparer.OrdinalIgnoreCase);
    private readonly WorkParserOptions options;
    private long inflated;

    public SafeZip(byte[] bytes, WorkParserOptions options)
    {
        this.options = options;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > options.MaxEntries)
            {
                throw new EpubException($"the EPUB holds {archive.Entries.Count:N0} entries (limit {options.MaxEntries:N0}); not a book");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new EpubException($"not a readable EPUB (broken or truncated zip: {OneLine(ex.Message)})", ex);
        }

        foreach (ZipArchiveEntry entry in archive.Entries)
        {
            if (Normalize(entry.FullName) is string name)
            {
                entries.TryAdd(name, entry);
                folded.TryAdd(name, entry);
            }
            else
            {
                IgnoredEntries++;
            }
        }
    }

    /// <summary>Entries whose paths escape the archive; they cannot be read.</summary>
    public int IgnoredEntries { get; }

    public bool Contains(string path) => Find(path) is not null;

    /// <summary>The inflated bytes of <paramref name="path"/>, or null when there is no such (safe) entry.</summary>
    public byte[]? Read(string path)
    {
        ZipArchiveEntry? entry = Find(path);
        if (entry is null)
        {
            return null;
        }

        try
        {
            using Stream stream = entry.Open();
            using var buffer = new MemoryStream((int)Math.Min(Math.Max(entry.Length, 0), 1 << 20));
            byte[] chunk = new byte[81920];
            long entryBytes = 0;
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                entryBytes += read;
                inflated += read;
                if (entryBytes > options.MaxEntryBytes)
                {
                    throw new EpubException($"'{path}' expands past {FileSizes(options.MaxEntryBytes)} (a zip bomb?)");
                }

                if (inflated > options.MaxUncompressedBytes)
                {
                    throw new EpubException($"the EPUB expands past {FileSizes(options.MaxUncompressedBytes)} (a zip bomb?)");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (InvalidDataException ex)
        {
            throw new EpubException($"'{path}' is damaged in the zip ({OneLine(ex.Message)})", ex);
        }
        catch (NotSupportedException ex)
        {
            throw new EpubException($"'{path}' uses a zip feature that cannot be read ({OneLine(ex.Message)})", ex);
        }
        catch (IOException ex)
        {
            throw new EpubException($"'{path}' cannot be read from the zip ({OneLine(ex.Message)})", ex);
        }
    }

    public void Dispose() => archive.Dispose();

    /// <summary>"OEBPS/Text/ch1.xhtml" for a safe relative path; null for "/etc/x", "C:x", "../x", "a/../../x".</summary>
    internal static string? Normalize(string path)
    {
        if (string.IsNullOrEmpty(path) || path.Contains(':', StringComparison.Ordinal) || path.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        string unified = path.Replace('\\', '/');
        if (unified.StartsWith('/'))
        {
            return null;
        }

        var parts = new List<string>();
        foreach (string part in unified.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    private ZipArchiveEntry? Find(string path) =>
        Normalize(path) is string name ? entries.GetValueOrDefault(name) ?? folded.GetValueOrDefault(name) : null;

    private static string FileSizes(long bytes) => StoryBot.Corpus.Parsing.FileSizes.Format(bytes);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
