using StoryBot.Corpus.Parsing;

namespace StoryBot.Data.Import;

/// <summary>Expands import paths into chapter files (<c>*.txt</c>, <c>*.md</c>, in ordinal order) and their folder settings.</summary>
internal sealed class ImportDiscovery
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm", ".epub"];

    /// <summary>Formats fans download that are not read: each is one "skipped" line, not silence.</summary>
    private static readonly string[] UnreadBookExtensions = [".mobi", ".azw", ".azw3", ".pdf", ".docx", ".odt", ".rtf"];

    private readonly Dictionary<string, FolderSettings> settingsByFolder = new(StringComparer.Ordinal);

    public List<ImportFile> Files { get; } = [];

    /// <summary>Paths that were not found, as one-line failures.</summary>
    public List<ImportFileResult> Missing { get; } = [];

    /// <summary>Folders that were walked: prune looks for vanished files under these.</summary>
    public List<string> Roots { get; } = [];

    public List<string> Warnings { get; } = [];

    public IEnumerable<FolderSettings> AllSettings => settingsByFolder.Values;

    public static ImportDiscovery Run(IEnumerable<string> paths, CancellationToken cancellationToken) =>
        Run(paths, FolderListing.List, cancellationToken);

    /// <param name="list">Lists one folder's entries (a seam: tests make a folder unreadable even when they run as root).</param>
    internal static ImportDiscovery Run(IEnumerable<string> paths, Func<DirectoryInfo, IEnumerable<FileSystemInfo>> list, CancellationToken cancellationToken)
    {
        var discovery = new ImportDiscovery();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                discovery.Roots.Add(full);
                foreach (string file in discovery.Walk(full, list, cancellationToken).Order(StringComparer.Ordinal))
                {
                    if (seen.Add(file))
                    {
                        discovery.Files.Add(new ImportFile(file, discovery.SettingsFor(Path.GetDirectoryName(file)!, full)));
                    }
                }
            }
            else if (File.Exists(full))
            {
                string folder = Path.GetDirectoryName(full)!;
                discovery.Roots.Add(full);
                if (seen.Add(full))
                {
                    discovery.Files.Add(new ImportFile(full, discovery.SettingsFor(folder, folder)));
                }
            }
            else
            {
                discovery.Missing.Add(new ImportFileResult(full, ImportOutcome.Failed, $"{path}: no such file or folder"));
            }
        }

        return discovery;
    }

    /// <summary>
    /// The chapter files under <paramref name="root"/>. Links to folders are not followed (a link out of the tree would
    /// import another library, a link back into it loops); a folder that cannot be listed is skipped. One warning each.
    /// </summary>
    private List<string> Walk(string root, Func<DirectoryInfo, IEnumerable<FileSystemInfo>> list, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var folders = new Stack<DirectoryInfo>();
        folders.Push(new DirectoryInfo(root));
        while (folders.TryPop(out DirectoryInfo? folder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. list(folder)];
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException or System.Security.SecurityException)
            {
                Warnings.Add($"{folder.FullName}: folder cannot be read ({OneLine(ex.Message)}); skipped");
                continue;
            }

            foreach (FileSystemInfo entry in entries)
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                if (entry is DirectoryInfo child)
                {
                    if (child.Attributes.HasFlag(FileAttributes.ReparsePoint))
                    {
                        Warnings.Add($"{child.FullName}: a link to a folder ({child.LinkTarget}); not followed");
                    }
                    else
                    {
                        folders.Push(child);
                    }
                }
                else if (Extensions.Any(e => entry.Name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                {
                    files.Add(entry.FullName);
                }
                else if (UnreadBookExtensions.FirstOrDefault(e => entry.Name.EndsWith(e, StringComparison.OrdinalIgnoreCase)) is { } unread)
                {
                    Warnings.Add($"{entry.FullName}: {unread} is not read; skipped (save the work as .epub, .html or .txt)");
                }
            }
        }

        return files;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private FolderSettings SettingsFor(string folder, string root)
    {
        if (settingsByFolder.TryGetValue(folder, out FolderSettings? cached))
        {
            return cached;
        }

        string? manifest = FindUp(folder, root, StoryManifest.FileName);
        string? characters = FindUp(folder, root, FolderSettings.CharactersFileName);
        FolderSettings settings;
        try
        {
            settings = FolderSettings.Load(manifest, characters);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            settings = FolderSettings.Load(null, null) with { Warnings = [$"{folder}: settings not readable ({OneLine(ex.Message)})"] };
        }

        if (!settingsByFolder.Values.Any(s => s.ManifestFolder == settings.ManifestFolder && s.Hash == settings.Hash))
        {
            Warnings.AddRange(settings.Warnings);
        }

        settingsByFolder[folder] = settings;
        return settings;
    }

    private static string? FindUp(string folder, string root, string fileName)
    {
        for (string? current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            string candidate = Path.Combine(current, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (string.Equals(current, root, StringComparison.Ordinal))
            {
                break;
            }
        }

        return null;
    }
}
