using StoryBot.Testing;
using StoryBot.Data.Storage;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Import;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Import;

/// <summary>What a real library folder holds besides chapter files: links, pipes, devices, folders nobody may read.</summary>
public abstract class FileSystemImportTests
{
    protected abstract DatabaseProvider Provider { get; }

    [StoreFact]
    public async Task ImportAsync_FolderLinkLoopingBack_ImportsEachFileOnceAndWarns()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.Write("sub/one.txt", Chapters.Text("Loop", 1, "A quokka smiled."));
        store.Write("two.txt", Chapters.Text("Loop", 2, "A numbat dug."));
        Directory.CreateSymbolicLink(Path.Combine(store.Files, "sub", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(store.Files, "sub", "again"), store.Files);

        ImportReport report = await store.ImportAsync();

        Assert.Equal(2, report.Imported);
        Assert.Equal(2, report.Files.Count);
        Assert.Contains(report.Warnings, w => w.Contains("up", StringComparison.Ordinal) && w.Contains("not followed", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Contains("again", StringComparison.Ordinal) && w.Contains("not followed", StringComparison.Ordinal));
        await using var db = store.Context();
        Assert.Equal(2, await db.Chapters.CountAsync());
    }

    [StoreFact]
    public async Task ImportAsync_MobiAndPdfBesideAChapter_EachOneSkippedLineAndTheChapterImports()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.Write("work.txt", Chapters.Text("Formats", 1, "A wombat slept."));
        store.Write("work.mobi", "BOOKMOBI");
        store.Write("work.PDF", "%PDF-1.7");

        ImportReport report = await store.ImportAsync();

        Assert.Equal(1, report.Imported);
        Assert.Single(report.Warnings, w => w.Contains("work.mobi: .mobi is not read; skipped", StringComparison.Ordinal));
        Assert.Single(report.Warnings, w => w.Contains("work.PDF: .pdf is not read; skipped", StringComparison.Ordinal));
    }

    [StoreFact]
    public async Task ImportAsync_FolderLinkOutOfTheTree_IsNotFollowed()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        string elsewhere = Directory.CreateDirectory(Path.Combine(store.Root, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "other.txt"), Chapters.Text("Other", 1, "A dugong swam."));
        store.Write("mine.txt", Chapters.Text("Mine", 1, "A bilby hid."));
        Directory.CreateSymbolicLink(Path.Combine(store.Files, "out"), elsewhere);

        ImportReport report = await store.ImportAsync();

        ImportFileResult only = Assert.Single(report.Files);
        Assert.EndsWith("mine.txt", only.Path, StringComparison.Ordinal);
        Assert.Single(report.Warnings, w => w.Contains("not followed", StringComparison.Ordinal));
    }

    [StoreFact]
    public async Task ImportAsync_FifoNamedLikeAChapter_IsSkippedWithOneLine()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        await using var store = await TestStore.CreateAsync(Provider);
        store.Write("a.txt", Chapters.Text("Pipe", 1, "A possum climbed."));
        MakeFifo(Path.Combine(store.Files, "x.txt"));

        ImportReport report = await store.ImportAsync();

        Assert.Equal(1, report.Imported);
        string reason = Assert.Single(report.Failures).Reason!;
        Assert.Contains("x.txt", reason, StringComparison.Ordinal);
        Assert.Contains("FIFO", reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reason);
    }

    [StoreFact]
    public async Task ImportAsync_LinkToDevZero_IsSkippedAndTheBatchKeepsItsGoodFiles()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        await using var store = await TestStore.CreateAsync(Provider);
        store.Write("a.txt", Chapters.Text("Zero", 1, "A wombat slept."));
        File.CreateSymbolicLink(Path.Combine(store.Files, "b.txt"), "/dev/zero");
        store.Write("c.txt", Chapters.Text("Zero", 2, "A platypus swam."));

        ImportReport report = await store.ImportAsync();

        Assert.Equal(2, report.Imported);
        Assert.Contains("character device", Assert.Single(report.Failures).Reason, StringComparison.Ordinal);
        await using var db = store.Context();
        Assert.Equal(2, await db.Chapters.CountAsync());
    }

    [StoreFact]
    public async Task ReadAsync_EndlessStreamThatReportsNoLength_StopsAtTheLimit()
    {
        await using var endless = new EndlessStream();

        byte[]? bytes = await CappedRead.ReadAsync(endless, expectedLength: 0, limit: 1_000_000, CancellationToken.None);

        Assert.Null(bytes);
        Assert.InRange(endless.Served, 1_000_001, 2_100_000);
    }

    [StoreTheory]
    [InlineData(0, 10)]
    [InlineData(10, 10)]
    [InlineData(3, 10)]
    [InlineData(10, 3)]
    public async Task ReadAsync_StreamWithinTheLimit_ReturnsEveryByteWhateverLengthWasExpected(int expected, int actual)
    {
        byte[] data = [.. Enumerable.Range(1, actual).Select(i => (byte)i)];
        await using var stream = new MemoryStream(data);

        byte[]? bytes = await CappedRead.ReadAsync(stream, expected, limit: 10, CancellationToken.None);

        Assert.Equal(data, bytes);
    }

    [StoreFact]
    public async Task ImportAsync_FolderThatCannotBeListed_IsSkippedWithOneLineAndTheRestImports()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.Write("a.txt", Chapters.Text("Locked", 1, "A koala dozed."));
        store.Write("lost+found/b.txt", Chapters.Text("Locked", 2, "A kiwi ran."));
        var importer = new StoryImporter(store.Contexts, store.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<StoryImporter>.Instance)
        {
            // The failure a non-root process gets from a chmod 000 folder, injected so the test means the same as root.
            ListFolder = folder => folder.Name == "lost+found"
                ? throw new UnauthorizedAccessException($"Access to the path '{folder.FullName}' is denied.")
                : FolderListing.List(folder),
        };

        ImportReport report = await importer.ImportAsync([store.Files], CancellationToken.None);

        Assert.Equal(1, report.Imported);
        string warning = Assert.Single(report.Warnings);
        Assert.Contains("lost+found", warning, StringComparison.Ordinal);
        Assert.Contains("skipped", warning, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', warning);
    }

    [StoreFact]
    public async Task ImportAsync_Chmod000Folder_IsSkippedWhereThePermissionHolds()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var store = await TestStore.CreateAsync(Provider);
        store.Write("a.txt", Chapters.Text("Locked", 1, "A koala dozed."));
        store.Write("sub/b.txt", Chapters.Text("Locked", 2, "A kiwi ran."));
        string sub = Path.Combine(store.Files, "sub");
        File.SetUnixFileMode(sub, UnixFileMode.None);
        try
        {
            bool enforced = !CanList(sub);
            ImportReport report = await store.ImportAsync();

            // As root the mode is not enforced and both files import; the seam test above covers the refusal there.
            Assert.Equal(enforced ? 1 : 2, report.Imported);
            Assert.Equal(enforced ? 1 : 0, report.Warnings.Count(w => w.Contains("cannot be read", StringComparison.Ordinal)));
        }
        finally
        {
            File.SetUnixFileMode(sub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool CanList(string folder)
    {
        try
        {
            _ = Directory.GetFileSystemEntries(folder);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => 0;

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(count, 4096);
            Array.Clear(buffer, offset, n);
            Served += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
