using Microsoft.Data.Sqlite;

namespace StoryBot.Data.Storage;

/// <summary>
/// One writer of story rows at a time, across processes: an operating-system lock on a file beside the database
/// (<c>&lt;db&gt;.import-lock</c>; the kernel drops it when the holder ends, however it ends). An import holds it from
/// before it reads the store until its last commit, so a second import waits instead of writing between the first
/// one's batches (where a bulk load's paused index triggers would leave its rows out of the search index for good),
/// and start-up repairs of the index run only when no import is live. An in-memory database needs no file: the
/// in-process gate serialises its writers.
/// </summary>
internal sealed class ImportLock : IDisposable
{
    private static readonly SemaphoreSlim InProcessGate = new(1, 1);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly FileStream? file;
    private readonly bool gated;
    private bool disposed;

    private ImportLock(FileStream? file, bool gated)
    {
        this.file = file;
        this.gated = gated;
    }

    /// <summary>The lock file for a connection's database, or null for an in-memory (or URI-named) database.</summary>
    public static string? PathFor(SqliteConnection connection) => LockFile.PathBeside(connection, ".import-lock");

    /// <summary>Takes the lock, waiting for another import as long as it runs; <paramref name="waiting"/> is called once if it must wait.</summary>
    public static async Task<ImportLock> AcquireAsync(SqliteConnection connection, TimeProvider time, Action waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        if (PathFor(connection) is not { } path)
        {
            await InProcessGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            return new ImportLock(null, gated: true);
        }

        bool told = false;
        while (true)
        {
            if (TryOpen(path) is { } taken)
            {
                return taken;
            }

            if (!told)
            {
                waiting();
                told = true;
            }

            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes the lock if no import holds it; null when one does (for an in-memory database: when the gate is taken).</summary>
    public static ImportLock? TryAcquire(SqliteConnection connection)
    {
        if (PathFor(connection) is not { } path)
        {
            return InProcessGate.Wait(0) ? new ImportLock(null, gated: true) : null;
        }

        return TryOpen(path);
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        file?.Dispose();
        if (gated)
        {
            InProcessGate.Release();
        }
    }

    private static ImportLock? TryOpen(string path)
    {
        try
        {
            return LockFile.TryTake(path) is { } file ? new ImportLock(file, gated: false) : null;
        }
        catch (UnauthorizedAccessException)
        {
            // A folder the process may not write to: no import can write the database there either; nothing to guard.
            return new ImportLock(null, gated: false);
        }
    }
}
