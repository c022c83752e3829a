namespace StoryBot.Data.Import;

/// <summary>How the importer lists a folder: one level, every entry (hidden ones too, the walker decides), errors thrown.</summary>
internal static class FolderListing
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    public static IEnumerable<FileSystemInfo> List(DirectoryInfo folder) => folder.EnumerateFileSystemInfos("*", OneLevel);
}
