using StoryBot.Data.Storage;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Observability;

/// <summary>SQLite: the database files move aside and a folder takes the database's name, so nothing can open it.</summary>
public sealed class StoreHealthSqliteTests : StoreHealthTests
{
    private static readonly string[] Suffixes = ["", "-wal", "-shm"];

    private string[] moved = [];

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task TakeDownAsync(TestLibrary library)
    {
        moved = [.. Suffixes.Select(s => library.DatabasePath + s).Where(File.Exists)];
        foreach (var file in moved)
        {
            File.Move(file, file + ".away");
        }

        Directory.CreateDirectory(library.DatabasePath);
        return Task.CompletedTask;
    }

    protected override Task BringBackAsync(TestLibrary library)
    {
        Directory.Delete(library.DatabasePath);
        foreach (var file in moved)
        {
            File.Move(file + ".away", file);
        }

        return Task.CompletedTask;
    }
}
