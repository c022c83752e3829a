using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace StoryBot.Corpus.Decoding;

/// <summary>
/// UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252 fallback; rejects binary input. UTF-8 text with a few
/// stray Windows-1252 bytes (a paste from another editor) stays UTF-8: the stray bytes are read as Windows-1252, with a warning.
/// </summary>
/// <remarks>
/// One pass to validate, one to decode into a pooled buffer, one to fold line endings; the only allocation that
/// survives is the result string. Every check uses vectorised span searches, so decoding runs at memory speed.
/// </remarks>
public static class TextDecoder
{
    /// <summary>Name reported for UTF-8 input.</summary>
    public const string Utf8Name = "utf-8";

    /// <summary>Name reported for Windows-1252 input.</summary>
    public const string Windows1252Name = "windows-1252";

    /// <summary>More control characters than this share of the input (and at least <see cref="MinControlChars"/>) means binary.</summary>
    private const double MaxControlRatio = 0.01;

    private const int MinControlChars = 16;

    // C0 controls that never appear in text files; \t \n \f \r and ^Z (an old DOS end-of-file mark) are allowed.
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F]);

    private static readonly SearchValues<char> ControlChars = SearchValues.Create(
        "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001B\u001C\u001D\u001E\u001F\u007F");

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return Fail("empty file (0 bytes)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Fail("UTF-32 text is not supported; save the file as UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], "utf-8 (BOM)", bomLength: 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes[2..], bigEndian: false, "utf-16le (BOM)", bomLength: 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], bigEndian: true, "utf-16be (BOM)", bomLength: 2);
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return LooksLikeUtf16WithoutBom(bytes, out bool bigEndian)
                ? DecodeUtf16(bytes, bigEndian, bigEndian ? "utf-16be (no BOM)" : "utf-16le (no BOM)", bomLength: 0)
                : Fail($"binary content (NUL byte at offset {nul.ToString(CultureInfo.InvariantCulture)})");
        }

        return DecodeUtf8(bytes, Utf8Name, bomLength: 0);
    }

    private static DecodeResult DecodeUtf8(ReadOnlySpan<byte> bytes, string name, int bomLength)
    {
        if (bytes.IsEmpty)
        {
            return Fail("empty file (only a byte-order mark)");
        }

        if (bomLength > 0 && bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            return Fail($"binary content (NUL byte at offset {(nul + bomLength).ToString(CultureInfo.InvariantCulture)})");
        }

        if (CountControls(bytes) is var controls && IsMostlyControls(controls, bytes.Length))
        {
            return Fail($"binary content ({controls.ToString(CultureInfo.InvariantCulture)} control bytes in {bytes.Length.ToString(CultureInfo.InvariantCulture)})");
        }

        if (Utf8.IsValid(bytes))
        {
            return Finish(bytes, static (source, destination) => Encoding.UTF8.GetChars(source, destination), name);
        }

        if (TruncatedUtf8Offset(bytes) is int cut and >= 0)
        {
            return Fail($"truncated UTF-8 (incomplete character at offset {(cut + bomLength).ToString(CultureInfo.InvariantCulture)})");
        }

        // A byte-order mark says UTF-8 outright; without one, the bytes must show it (see MixedUtf8).
        if (MixedUtf8.TryDecode(bytes, bomLength, out string? mixed, out string? warning))
        {
            DecodeResult repaired = Text(mixed!, name);
            return repaired.Success ? repaired with { Warning = warning } : repaired;
        }

        return Finish(bytes, static (source, destination) => Windows1252.Decode(source, destination), Windows1252Name);
    }

    private static DecodeResult DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, string name, int bomLength)
    {
        if (bytes.IsEmpty)
        {
            return Fail("empty file (only a byte-order mark)");
        }

        if (bytes.Length % 2 != 0)
        {
            return Fail($"truncated UTF-16 (odd number of bytes: {(bytes.Length + bomLength).ToString(CultureInfo.InvariantCulture)})");
        }

        char[] buffer = ArrayPool<char>.Shared.Rent(bytes.Length / 2);
        try
        {
            Span<char> chars = buffer.AsSpan(0, bytes.Length / 2);
            bytes.CopyTo(MemoryMarshal.AsBytes(chars));
            if (bigEndian == BitConverter.IsLittleEndian)
            {
                Span<ushort> units = MemoryMarshal.Cast<char, ushort>(chars);
                BinaryPrimitives.ReverseEndianness(units, units);
            }

            int nul = chars.IndexOf('\0');
            if (nul >= 0)
            {
                return Fail($"binary content (NUL character at offset {(bomLength + (nul * 2)).ToString(CultureInfo.InvariantCulture)})");
            }

            int controls = CountControls(chars);
            if (IsMostlyControls(controls, chars.Length))
            {
                return Fail($"binary content ({controls.ToString(CultureInfo.InvariantCulture)} control characters in {chars.Length.ToString(CultureInfo.InvariantCulture)})");
            }

            if (FirstBadSurrogate(chars) is int bad and >= 0)
            {
                string offset = (bomLength + (bad * 2)).ToString(CultureInfo.InvariantCulture);
                return bad == chars.Length - 1 && char.IsHighSurrogate(chars[bad])
                    ? Fail($"truncated UTF-16 (incomplete character at offset {offset})")
                    : Fail($"undecodable UTF-16 (unpaired surrogate at offset {offset})");
            }

            int length = LineEndings.NormaliseInPlace(chars);
            return Text(new string(chars[..length]), name);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private delegate int CharDecoder(ReadOnlySpan<byte> source, Span<char> destination);

    private static DecodeResult Finish(ReadOnlySpan<byte> bytes, CharDecoder decoder, string name)
    {
        // UTF-8 and Windows-1252 never produce more chars than bytes.
        char[] buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            int written = decoder(bytes, buffer);
            int length = LineEndings.NormaliseInPlace(buffer.AsSpan(0, written));
            return Text(new string(buffer, 0, length), name);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static DecodeResult Text(string text, string name) =>
        text.AsSpan().ContainsAnyExcept(" \t\n\f\u001A\u00A0\u3000\uFEFF")
            ? new DecodeResult(text, name, null)
            : Fail("empty file (only whitespace)");

    private static DecodeResult Fail(string reason) => new(null, string.Empty, reason);

    private static bool IsMostlyControls(int controls, int length) =>
        controls >= MinControlChars && controls > length * MaxControlRatio;

    private static int CountControls(ReadOnlySpan<byte> bytes)
    {
        int count = 0;
        int index;
        while ((index = bytes.IndexOfAny(ControlBytes)) >= 0)
        {
            count++;
            bytes = bytes[(index + 1)..];
        }

        return count;
    }

    private static int CountControls(ReadOnlySpan<char> chars)
    {
        int count = 0;
        int index;
        while ((index = chars.IndexOfAny(ControlChars)) >= 0)
        {
            count++;
            chars = chars[(index + 1)..];
        }

        return count;
    }

    /// <summary>
    /// If the bytes are valid UTF-8 except for an incomplete multi-byte sequence at the very end, and the rest really
    /// is UTF-8 (it has multi-byte characters), returns where the cut character starts; otherwise -1.
    /// </summary>
    private static int TruncatedUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        int tailStart = bytes.Length - FirstInvalidUtf8Tail(bytes);
        if (tailStart <= 0 || bytes.Length - tailStart > 3)
        {
            return -1;
        }

        ReadOnlySpan<byte> head = bytes[..tailStart];
        ReadOnlySpan<byte> tail = bytes[tailStart..];
        bool tailIsPrefix = Rune.DecodeFromUtf8(tail, out _, out _) == OperationStatus.NeedMoreData;
        return tailIsPrefix && Utf8.IsValid(head) && !Ascii.IsValid(head) ? tailStart : -1;
    }

    /// <summary>How many bytes from the end the UTF-8 problem starts: a cut final character (up to 3 bytes) or the first invalid sequence.</summary>
    private static int FirstInvalidUtf8Tail(ReadOnlySpan<byte> bytes)
    {
        for (int drop = 1; drop <= Math.Min(3, bytes.Length); drop++)
        {
            if (Utf8.IsValid(bytes[..^drop]))
            {
                return drop;
            }
        }

        // Not a tail problem: report the first invalid position.
        int position = 0;
        while (position < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[position..], out _, out int consumed) != OperationStatus.Done)
            {
                return bytes.Length - position;
            }

            position += consumed;
        }

        return 0;
    }

    private static int FirstBadSurrogate(ReadOnlySpan<char> chars)
    {
        int offset = 0;
        while (true)
        {
            int index = chars[offset..].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (index < 0)
            {
                return -1;
            }

            index += offset;
            if (char.IsHighSurrogate(chars[index]) && index + 1 < chars.Length && char.IsLowSurrogate(chars[index + 1]))
            {
                offset = index + 2;
                continue;
            }

            return index;
        }
    }

    /// <summary>No BOM but NUL bytes: UTF-16 text has them in every other byte (ASCII letters), binary files do not.</summary>
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        ReadOnlySpan<byte> sample = bytes[..Math.Min(bytes.Length & ~1, 4096)];
        if (sample.Length < 8)
        {
            return false;
        }

        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        int pairs = sample.Length / 2;
        if (oddZeros >= pairs * 0.9 && evenZeros == 0)
        {
            return true;
        }

        bigEndian = true;
        return evenZeros >= pairs * 0.9 && oddZeros == 0;
    }
}
