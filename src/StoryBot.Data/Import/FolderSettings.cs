using System.Security.Cryptography;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Data.Import;

/// <summary>
/// What a folder says about its chapter files: <c>stories.json</c> (titles, order, ratings) and <c>characters.json</c>
/// (who may speak). Found in the file's folder or the nearest parent up to the imported root.
/// </summary>
internal sealed record FolderSettings(
    string? ManifestFolder,
    StoryManifest Manifest,
    CharacterList Characters,
    string Hash,
    IReadOnlyList<string> Warnings)
{
    public const string CharactersFileName = "characters.json";

    /// <summary>Bump when the importer stores something new, so unchanged files are imported again once.</summary>
    private const string ImporterVersion = "storybot-import-2";

    public static FolderSettings Load(string? manifestPath, string? charactersPath)
    {
        var warnings = new List<string>();
        byte[] manifestBytes = [];
        var manifest = StoryManifest.Empty;
        if (manifestPath is not null)
        {
            manifestBytes = File.ReadAllBytes(manifestPath);
            if (StoryManifest.TryParse(System.Text.Encoding.UTF8.GetString(manifestBytes), out StoryManifest? parsed, out string? error))
            {
                manifest = parsed;
                warnings.AddRange(parsed.Warnings.Select(w => $"{manifestPath}: {w}"));
            }
            else
            {
                warnings.Add($"{manifestPath}: ignored ({error})");
            }
        }

        byte[] charactersBytes = [];
        var characters = CharacterList.Empty;
        if (charactersPath is not null)
        {
            charactersBytes = File.ReadAllBytes(charactersPath);
            try
            {
                characters = CharacterList.Parse(System.Text.Encoding.UTF8.GetString(charactersBytes));
            }
            catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
            {
                warnings.Add($"{charactersPath}: ignored ({ex.Message})");
            }
        }

        string hash = Hash_(manifestBytes, charactersBytes);
        return new FolderSettings(manifestPath is null ? null : Path.GetDirectoryName(manifestPath), manifest, characters, hash, warnings);
    }

    /// <summary>The name the manifest knows a file by: its path relative to the manifest's folder, with '/'.</summary>
    public string ManifestName(string fullPath) =>
        ManifestFolder is null
            ? Path.GetFileName(fullPath)
            : Path.GetRelativePath(ManifestFolder, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    private static string Hash_(byte[] manifest, byte[] characters)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(ImporterVersion));
        hash.AppendData([0]);
        hash.AppendData(manifest);
        hash.AppendData([0]);
        hash.AppendData(characters);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
