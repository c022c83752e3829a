using System.Text;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Parsing;

public class BadInputTests
{
    [Fact]
    public void Parse_EmptyFile_OneLineReasonNamingTheFile()
    {
        ChapterParseResult result = ChapterParser.Parse([], "005.txt");

        Assert.False(result.Success);
        Assert.Equal("005.txt: empty file (0 bytes); skipped", result.Error);
    }

    [Fact]
    public void Parse_BinaryFile_ReasonNamesNulOffset()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        Assert.Equal("cover.png: binary content (NUL byte at offset 8); skipped", ChapterParser.Parse(png, "cover.png").Error);
    }

    [Fact]
    public void Parse_TruncatedUtf16_Rejected()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Naruto ran."), 0x41];

        Assert.Equal("006.txt: truncated UTF-16 (odd number of bytes: 25); skipped", ChapterParser.Parse(bytes, "006.txt").Error);
    }

    [Fact]
    public void Parse_TenMegabyteSingleLine_RejectedQuicklyWithReason()
    {
        byte[] bytes = new byte[10 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)'a');

        ChapterParseResult result = ChapterParser.Parse(bytes, "huge.txt");

        Assert.Equal("huge.txt: line 1 is 10,485,760 characters long (limit 262,144); not chapter text; skipped", result.Error);
    }

    [Fact]
    public void ParseText_TenMegabyteSingleLine_ParsesAsOneParagraphInLinearTime()
    {
        string text = string.Concat(Enumerable.Repeat("Naruto ran \"and ran\" - xx o0o ", 350_000));

        var chapter = ChapterParser.ParseText(text, "huge.txt");

        Assert.Equal(text.TrimEnd(), Assert.Single(chapter.Paragraphs).Text);
    }

    [Fact]
    public void Parse_ManyLongLinesUnderTheLimit_Parsed()
    {
        string line = new('b', 100_000);
        byte[] bytes = Encoding.UTF8.GetBytes(string.Join("\n\n", Enumerable.Repeat(line, 20)));

        ChapterParseResult result = ChapterParser.Parse(bytes, "wide.txt");

        Assert.True(result.Success, result.Error);
        Assert.Equal(20, result.Chapter!.Paragraphs.Count());
    }

    [Fact]
    public void Parse_FileOverSizeLimit_Rejected()
    {
        var options = new ChapterParserOptions { MaxFileBytes = 1024 };

        ChapterParseResult result = ChapterParser.Parse(new byte[2048], "big.txt", options);

        Assert.StartsWith("big.txt: file too large", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HeaderOnly_RejectedAsNoStoryText()
    {
        ChapterParseResult result = ChapterParser.Parse("Title: Nothing Yet\nAuthor: Someone\n"u8, "stub.txt");

        Assert.Equal("stub.txt: no story text, only a header; skipped", result.Error);
    }

    [Fact]
    public void Parse_NotesOnly_RejectedAsNoStoryText()
    {
        ChapterParseResult result = ChapterParser.Parse("A/N: Sorry, this story is on hiatus!\n"u8, "hiatus.txt");

        Assert.Equal("hiatus.txt: no story text, only notes; skipped", result.Error);
    }

    [Fact]
    public void Parse_WhitespaceOnly_Rejected()
    {
        Assert.Equal("blank.txt: empty file (only whitespace); skipped", ChapterParser.Parse("\n\n   \n"u8, "blank.txt").Error);
    }
}
