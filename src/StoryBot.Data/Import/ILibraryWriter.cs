namespace StoryBot.Data.Import;

/// <summary>
/// One server's library inside an upload's transaction (from <see cref="IChapterWriter.Begin"/> to its commit or
/// rollback): the chapter writer into that library, and the reads and limit checks the upload makes in the same
/// transaction, so a refused upload rolls back whole. One implementation per store.
/// </summary>
internal interface ILibraryWriter : IDisposable
{
    /// <summary>The chapter writer, writing into this server's library.</summary>
    IChapterWriter Chapters { get; }

    /// <summary>This library's kept uploads and characters, in the same transaction.</summary>
    LibraryFileStore Files { get; }

    /// <summary>The id of this library's story with <paramref name="slug"/>, or null.</summary>
    int? FindStory(string slug);

    /// <summary>Deletes every chapter of the story (the whole work is uploaded again); the count deleted.</summary>
    int DeleteChapters(int storyId);

    /// <summary>Stories in this library.</summary>
    long StoryCount();

    /// <summary>Bytes of the files uploaded into this library (each file counted once).</summary>
    long ByteCount();

    StoredStory ReadStory(int storyId);
}
