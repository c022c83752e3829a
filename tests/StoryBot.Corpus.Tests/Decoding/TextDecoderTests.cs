using System.Text;
using StoryBot.Corpus.Decoding;

namespace StoryBot.Corpus.Tests.Decoding;

public class TextDecoderTests
{
    private const string Sample = "“It can't be…the catalyst?” Naruto asked.\nNext line — é.";

    [Fact]
    public void Decode_Utf8WithoutBom_KeepsCurlyQuotesAndEllipsis()
    {
        DecodeResult result = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));

        Assert.True(result.Success, result.Error);
        Assert.Equal(Sample, result.Text);
        Assert.Equal("utf-8", result.EncodingName);
    }

    [Fact]
    public void Decode_Utf8WithBom_StripsBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)];

        DecodeResult result = TextDecoder.Decode(bytes);

        Assert.Equal(Sample, result.Text);
        Assert.Equal("utf-8 (BOM)", result.EncodingName);
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithBom_Decodes()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)];

        DecodeResult result = TextDecoder.Decode(bytes);

        Assert.Equal(Sample, result.Text);
        Assert.Equal("utf-16le (BOM)", result.EncodingName);
    }

    [Fact]
    public void Decode_Utf16BigEndianWithBom_Decodes()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)];

        DecodeResult result = TextDecoder.Decode(bytes);

        Assert.Equal(Sample, result.Text);
        Assert.Equal("utf-16be (BOM)", result.EncodingName);
    }

    [Fact]
    public void Decode_Utf16WithoutBom_IsRecognisedNotCalledBinary()
    {
        DecodeResult result = TextDecoder.Decode(Encoding.Unicode.GetBytes("Naruto ran.\nSasuke followed."));

        Assert.True(result.Success, result.Error);
        Assert.Equal("Naruto ran.\nSasuke followed.", result.Text);
        Assert.Equal("utf-16le (no BOM)", result.EncodingName);
    }

    [Fact]
    public void Decode_Windows1252_MapsSmartQuotesAndEllipsis()
    {
        // 0x93/0x94 are “ ”, 0x85 is …, 0x92 is ’, 0x96 is –, 0xE9 is é: invalid as UTF-8, so the fallback applies.
        byte[] bytes = [0x93, (byte)'H', (byte)'i', 0x85, 0x94, (byte)' ', (byte)'I', 0x92, (byte)'m', (byte)' ', 0x96, (byte)' ', (byte)'c', (byte)'a', (byte)'f', 0xE9];

        DecodeResult result = TextDecoder.Decode(bytes);

        Assert.True(result.Success, result.Error);
        Assert.Equal("“Hi…” I’m – café", result.Text);
        Assert.Equal("windows-1252", result.EncodingName);
    }

    [Fact]
    public void Decode_Windows1252_MatchesTheCodePageTableForEveryByte()
    {
        byte[] all = Enumerable.Range(0x20, 0x100 - 0x20).Where(b => b != 0x7F).Select(b => (byte)b).ToArray();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string expected = Encoding.GetEncoding(1252).GetString(all);

        DecodeResult result = TextDecoder.Decode(all);

        Assert.Equal(expected, result.Text);
    }

    [Theory]
    [InlineData("a\r\nb\r\nc", "a\nb\nc")]
    [InlineData("a\rb\rc", "a\nb\nc")]
    [InlineData("a\r\n\r\nb\r", "a\n\nb\n")]
    [InlineData("x\r\r\n\n", "x\n\n\n")]
    [InlineData("no breaks", "no breaks")]
    public void Decode_LineEndings_NormalisedToLf(string input, string expected)
    {
        Assert.Equal(expected, TextDecoder.Decode(Encoding.UTF8.GetBytes(input)).Text);
    }

    [Fact]
    public void Decode_NextLineCharacter_IsKeptAsText()
    {
        // U+0085 is sometimes a mis-encoded ellipsis; it must not become a line break.
        Assert.Equal("wait\u0085what", TextDecoder.Decode(Encoding.UTF8.GetBytes("wait\u0085what")).Text);
    }

    [Fact]
    public void Decode_Empty_RejectedWithReason()
    {
        DecodeResult result = TextDecoder.Decode([]);

        Assert.False(result.Success);
        Assert.Equal("empty file (0 bytes)", result.Error);
    }

    [Fact]
    public void Decode_OnlyWhitespace_RejectedWithReason()
    {
        Assert.Equal("empty file (only whitespace)", TextDecoder.Decode(" \r\n\t\r\n"u8).Error);
    }

    [Fact]
    public void Decode_BomOnly_RejectedWithReason()
    {
        Assert.Equal("empty file (only a byte-order mark)", TextDecoder.Decode([0xEF, 0xBB, 0xBF]).Error);
    }

    [Fact]
    public void Decode_NulBytes_RejectedAsBinaryWithOffset()
    {
        byte[] bytes = [.. "Hello there!"u8, 0x00, 0x01, 0x02, 0xFF, 0x89, (byte)'P', (byte)'N', (byte)'G'];

        Assert.Equal("binary content (NUL byte at offset 12)", TextDecoder.Decode(bytes).Error);
    }

    [Fact]
    public void Decode_ManyControlCharacters_RejectedAsBinary()
    {
        byte[] bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();

        string? error = TextDecoder.Decode(bytes).Error;

        Assert.NotNull(error);
        Assert.StartsWith("binary content (134 control bytes", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_AFewStrayControlCharacters_Accepted()
    {
        string text = string.Concat(Enumerable.Repeat("A line of prose.\n", 100)) + "\u001B stray escape";

        Assert.True(TextDecoder.Decode(Encoding.UTF8.GetBytes(text)).Success);
    }

    [Fact]
    public void Decode_TruncatedUtf16_Rejected()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Naruto"), (byte)'!'];

        Assert.Equal("truncated UTF-16 (odd number of bytes: 15)", TextDecoder.Decode(bytes).Error);
    }

    [Fact]
    public void Decode_Utf16CutInsideSurrogatePair_Rejected()
    {
        byte[] full = Encoding.Unicode.GetBytes("fox 🦊");
        byte[] bytes = [0xFF, 0xFE, .. full[..^2]];

        Assert.Equal("truncated UTF-16 (incomplete character at offset 10)", TextDecoder.Decode(bytes).Error);
    }

    [Fact]
    public void Decode_Utf8CutInsideCharacter_RejectedAsTruncated()
    {
        byte[] full = Encoding.UTF8.GetBytes("“Hello”");
        byte[] bytes = full[..^1];

        Assert.Equal("truncated UTF-8 (incomplete character at offset 8)", TextDecoder.Decode(bytes).Error);
    }

    [Fact]
    public void Decode_Utf8BomWithAStrayByte_StaysUtf8AndWarns()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "ok "u8, 0x85, .. " more"u8];

        DecodeResult result = TextDecoder.Decode(bytes);

        Assert.Equal("ok … more", result.Text);
        Assert.Equal("utf-8 (BOM)", result.EncodingName);
        Assert.Equal("1 byte that is not UTF-8 (first at offset 6) read as Windows-1252; the rest is UTF-8", result.Warning);
    }

    [Fact]
    public void Decode_Utf8WithOneStrayWindows1252Byte_KeepsTheUtf8AndWarns()
    {
        byte[] bytes = [.. "“Naruto,” she said — "u8, 0x85, .. " and left. Café."u8];

        DecodeResult result = TextDecoder.Decode(bytes);

        Assert.Equal("“Naruto,” she said — … and left. Café.", result.Text);
        Assert.Equal(TextDecoder.Utf8Name, result.EncodingName);
        Assert.Contains("not UTF-8", result.Warning, StringComparison.Ordinal);
        Assert.DoesNotContain("â€", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Windows1252Throughout_StaysWindows1252WithoutWarning()
    {
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " "u8, 0x93, .. "quoted"u8, 0x94, .. " na"u8, 0xEF, .. "ve"u8];

        DecodeResult result = TextDecoder.Decode(bytes);

        Assert.Equal("Café “quoted” naïve", result.Text);
        Assert.Equal(TextDecoder.Windows1252Name, result.EncodingName);
        Assert.Null(result.Warning);
    }

    [Fact]
    public void Decode_Utf32_RejectedWithAdvice()
    {
        Assert.Equal("UTF-32 text is not supported; save the file as UTF-8", TextDecoder.Decode([0xFF, 0xFE, 0, 0, (byte)'a', 0, 0, 0]).Error);
    }

    [Fact]
    public void Decode_LargeMixedInput_RoundTripsExactly()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            builder.Append("Line ").Append(i).Append(" “quoted…” ").Append(i % 7 == 0 ? "\r\n" : "\n");
        }

        string expected = builder.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Equal(expected, TextDecoder.Decode(Encoding.UTF8.GetBytes(builder.ToString())).Text);
    }
}
