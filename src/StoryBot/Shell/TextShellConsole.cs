namespace StoryBot.Shell;

/// <summary>A shell console over given reader and writer (scripts, tests). Never interactive.</summary>
public sealed class TextShellConsole(TextReader input, TextWriter output) : IShellConsole
{
    public TextReader In { get; } = input;

    public TextWriter Out { get; } = output;

    public bool IsInteractive => false;
}
