namespace StoryBot.Shell;

/// <summary>The process's own standard input and output.</summary>
public sealed class SystemShellConsole : IShellConsole
{
    public TextReader In => Console.In;

    public TextWriter Out => Console.Out;

    public bool IsInteractive => !Console.IsInputRedirected;
}
