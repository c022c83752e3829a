namespace StoryBot.Data.Import;

/// <summary>
/// Reads a whole file, but never more than a limit: the size the file system reports is only a first guess (a file can
/// grow while it is read, a device reports 0 and never ends), so the bytes actually read are what count.
/// </summary>
internal static class CappedRead
{
    public static async Task<byte[]?> ReadFileAsync(string path, long expectedLength, int limit, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            BufferSize = 0,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
        });
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, expectedLength, limit, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The bytes of <paramref name="stream"/>, or null when it holds more than <paramref name="limit"/> bytes. A buffer of
    /// the expected length is filled without a copy; only a stream that turns out longer grows it.
    /// </summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long expectedLength, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] buffer = new byte[(int)Math.Clamp(expectedLength, 0, limit)];
        byte[] probe = new byte[1];
        int filled = 0;
        while (true)
        {
            if (filled < buffer.Length)
            {
                int read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    Array.Resize(ref buffer, filled);
                    return buffer;
                }

                filled += read;
                continue;
            }

            // Full: is there more than expected?
            if (await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false) == 0)
            {
                return buffer;
            }

            if (filled >= limit)
            {
                return null;
            }

            Array.Resize(ref buffer, (int)Math.Min(Math.Max((long)buffer.Length * 2, 64 * 1024), limit));
            buffer[filled++] = probe[0];
        }
    }
}
