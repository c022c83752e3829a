namespace StoryBot.Data.Import;

/// <summary>A chapter file found under one of the import paths, with the settings of its folder.</summary>
internal sealed record ImportFile(string FullPath, FolderSettings Settings)
{
    public string ManifestName => Settings.ManifestName(FullPath);
}
