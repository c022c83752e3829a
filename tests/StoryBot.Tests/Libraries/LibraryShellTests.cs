using StoryBot.Tests.Libraries.Support;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Libraries;

public sealed class LibraryShellTests
{
    [Fact]
    public async Task Shell_AddLocalFile_ImportsIntoTheShellServersLibrary()
    {
        await using var library = await TestLibrary.CreateAsync();
        string file = Path.Combine(library.Directory, "orchard-01.txt");
        await File.WriteAllBytesAsync(file, UploadFiles.TextChapter());

        var transcript = await ShellRunner.RunAsync(library.ConnectionString, $"/library add file:{file}\n/library list\n/excerpt search:{UploadFiles.TextWord}\n");

        Assert.Contains($"Added **{UploadFiles.TextTitle}**", transcript, StringComparison.Ordinal);
        Assert.Contains("1 of 50 stories", transcript, StringComparison.Ordinal);
        Assert.Contains(UploadFiles.TextWord, transcript, StringComparison.Ordinal);
    }
}
