namespace StoryBot.Shell;

/// <summary>The shell's terminal: a seam so tests pipe commands in and read the transcript out.</summary>
public interface IShellConsole
{
    TextReader In { get; }

    TextWriter Out { get; }

    /// <summary>A human at a terminal: show a prompt and a greeting. Otherwise echo each command (a transcript).</summary>
    bool IsInteractive { get; }
}
