using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace StoryBot.Corpus.Decoding;

/// <summary>
/// UTF-8 text with a few bytes that are not UTF-8 — typically a Windows-1252 smart quote or ellipsis pasted into a UTF-8
/// file. Reading the whole file as Windows-1252 would turn every real UTF-8 character into mojibake (<c>â€¦</c>), so the
/// valid UTF-8 is read as UTF-8 and each stray byte as the Windows-1252 character it most likely was.
/// </summary>
internal static class MixedUtf8
{
    /// <summary>
    /// True when the bytes are UTF-8 with stray bytes: they hold real multi-byte UTF-8 characters, at least as many as
    /// stray bytes (a Windows-1252 file has its accented letters as lone bytes, and almost never a valid UTF-8 pair).
    /// False for text that is Windows-1252 throughout; the caller then decodes it so. After a UTF-8 byte-order mark
    /// (<paramref name="bomLength"/> &gt; 0) the text is UTF-8 whatever it holds, and offsets count the mark.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, int bomLength, out string? text, out string? warning)
    {
        text = null;
        warning = null;
        char[] buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            int read = 0;
            int written = 0;
            int multiByte = 0;
            int stray = 0;
            int firstStray = -1;
            Span<char> one = stackalloc char[1];
            while (read < bytes.Length)
            {
                OperationStatus status = Utf8.ToUtf16(bytes[read..], buffer.AsSpan(written), out int consumed, out int produced,
                    replaceInvalidSequences: false, isFinalBlock: true);
                multiByte += consumed - produced > 0 ? CountMultiByte(bytes.Slice(read, consumed)) : 0;
                read += consumed;
                written += produced;
                if (status == OperationStatus.Done)
                {
                    break;
                }

                // The maximal invalid sequence at `read`: each of its bytes is a Windows-1252 character.
                Rune.DecodeFromUtf8(bytes[read..], out _, out int invalid);
                invalid = Math.Max(1, invalid);
                firstStray = firstStray < 0 ? read : firstStray;
                for (int i = 0; i < invalid; i++)
                {
                    Windows1252.Decode(bytes.Slice(read + i, 1), one);
                    buffer[written++] = one[0];
                }

                stray += invalid;
                read += invalid;
            }

            if (bomLength == 0 && (multiByte == 0 || stray > multiByte))
            {
                return false;
            }

            int length = LineEndings.NormaliseInPlace(buffer.AsSpan(0, written));
            text = new string(buffer, 0, length);
            warning = string.Create(CultureInfo.InvariantCulture,
                $"{stray} byte{(stray == 1 ? "" : "s")} that {(stray == 1 ? "is" : "are")} not UTF-8 (first at offset {firstStray + bomLength}) read as Windows-1252; the rest is UTF-8");
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Valid UTF-8 characters of two or more bytes in <paramref name="bytes"/> (their lead bytes).</summary>
    private static int CountMultiByte(ReadOnlySpan<byte> bytes)
    {
        int count = 0;
        foreach (byte b in bytes)
        {
            count += b >= 0xC2 ? 1 : 0;
        }

        return count;
    }
}
