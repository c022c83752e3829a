namespace StoryBot.Data.Libraries;

/// <summary>
/// What <c>/library characters</c> changed: the characters now listed (0 when the list was removed), and the server's
/// stories read again with them — or the one-line reason nothing was changed.
/// </summary>
public sealed record CharactersResult
{
    /// <summary>Characters in the new list; 0 when the list was removed (speakers are found in each story again).</summary>
    public int Characters { get; init; }

    /// <summary>Titles of the server's stories read again with the new settings.</summary>
    public IReadOnlyList<string> Reread { get; init; } = [];

    /// <summary>Uploaded files read again (a story can be several chapter files).</summary>
    public int Files { get; init; }

    /// <summary>Quoted lines of the stories read again, and how many of them now have a speaker.</summary>
    public long Lines { get; init; }

    public long Spoken { get; init; }

    /// <summary>Titles of stories whose upload could not be read again (they keep their speakers).</summary>
    public IReadOnlyList<string> Failed { get; init; } = [];

    /// <summary>Stories uploaded before uploads were kept: they keep their speakers until uploaded again.</summary>
    public long Unkept { get; init; }

    public string? Error { get; init; }

    public bool Success => Error is null;

    public static CharactersResult Fail(string error) => new() { Error = error };
}
