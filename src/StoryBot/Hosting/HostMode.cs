namespace StoryBot.Hosting;

/// <summary>Which front end serves the features.</summary>
public enum HostMode
{
    /// <summary>On Discord (needs <c>Discord:Token</c>).</summary>
    Discord,

    /// <summary>The local console shell.</summary>
    Shell,
}
