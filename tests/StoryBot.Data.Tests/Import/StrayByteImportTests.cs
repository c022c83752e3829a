using System.Text;
using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Import;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Import;

public sealed class StrayByteImportTests
{
    [Fact]
    public async Task ImportAsync_Utf8FileWithOneWindows1252Byte_StoresUtf8TextAndWarnsOnce()
    {
        await using var store = await TestStore.CreateAsync();
        string[] halves = Chapters.Text("Stray", 1, "“Wait,” she said — then paused|STRAY| and left.").Split("|STRAY|");
        store.WriteBytes("stray.txt", [.. Encoding.UTF8.GetBytes(halves[0]), 0x85, .. Encoding.UTF8.GetBytes(halves[1])]);

        ImportReport report = await store.ImportAsync();

        ImportFileResult file = Assert.Single(report.Files);
        Assert.Equal(ImportOutcome.Imported, file.Outcome);
        string warning = Assert.Single(file.Warnings);
        Assert.StartsWith("stray.txt: 1 byte that is not UTF-8", warning, StringComparison.Ordinal);
        await using var db = store.Context();
        string stored = (await db.Paragraphs.SingleAsync()).Text;
        Assert.Equal("“Wait,” she said — then paused… and left.", stored);
        Assert.Equal("utf-8", (await db.Chapters.SingleAsync()).EncodingName);
    }
}
