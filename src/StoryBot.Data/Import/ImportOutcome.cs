namespace StoryBot.Data.Import;

public enum ImportOutcome
{
    /// <summary>A new chapter was stored.</summary>
    Imported = 0,

    /// <summary>The file changed; its chapter was replaced in one transaction.</summary>
    Replaced = 1,

    /// <summary>Same bytes and settings as last time: nothing to do.</summary>
    Skipped = 2,

    /// <summary>The same bytes reappeared under a new path; the chapter now points there.</summary>
    Moved = 3,

    /// <summary>The file could not be imported; anything stored before for it is kept.</summary>
    Failed = 4,

    /// <summary>The file is gone and its chapter was removed (<c>--prune</c>).</summary>
    Pruned = 5,
}
