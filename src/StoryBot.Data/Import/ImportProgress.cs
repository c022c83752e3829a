namespace StoryBot.Data.Import;

/// <summary>
/// Where a running import stands, reported after every file the writer has handled (skipped, stored or failed) and
/// after every commit. <see cref="BytesTotal"/> is what the file system reported when the import started.
/// </summary>
/// <param name="FilesDone">Files handled so far (stored, replaced, moved, skipped or failed).</param>
/// <param name="FilesTotal">Chapter files found under the given paths.</param>
/// <param name="BytesDone">Bytes of the files handled so far.</param>
/// <param name="BytesTotal">Bytes of every file found.</param>
/// <param name="FilesCommitted">Files whose outcome is committed to the database (a batch commits many at once).</param>
public sealed record ImportProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, int FilesCommitted);
