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

    [Fact]
    public async Task Shell_CharactersLocalFile_ReattributesTheStoriesUploadedBefore()
    {
        await using var library = await TestLibrary.CreateAsync();
        string story = Path.Combine(library.Directory, "orchard-01.txt");
        string characters = Path.Combine(library.Directory, "characters.json");
        await File.WriteAllBytesAsync(story, UploadFiles.TextChapter());
        await File.WriteAllTextAsync(characters, UploadFiles.CharactersJson);

        var transcript = await ShellRunner.RunAsync(library.ConnectionString, $"/library add file:{story}\n/library characters file:{characters}\n/story info story:{UploadFiles.TextTitle}\n");

        Assert.Contains("Characters updated: 2 characters", transcript, StringComparison.Ordinal);
        Assert.Contains("Re-read 1 story", transcript, StringComparison.Ordinal);
        Assert.Contains("Mira Vale", transcript, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("orchard.mobi", "EPUB and HTML downloads")]
    [InlineData("orchard.AZW3", "EPUB and HTML downloads")]
    [InlineData("orchard.exe", ".txt, .md, .html and .epub files only")]
    public async Task Shell_AddUnreadFormat_OneFriendlyLineAndNothingImported(string name, string expected)
    {
        await using var library = await TestLibrary.CreateAsync();
        string file = Path.Combine(library.Directory, name);
        await File.WriteAllBytesAsync(file, [0x42, 0x4F, 0x4F, 0x4B]);

        var transcript = await ShellRunner.RunAsync(library.ConnectionString, $"/library add file:{file}\n/library list\n");

        Assert.Contains(expected, transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Added **", transcript, StringComparison.Ordinal);
    }
}
