namespace StoryBot.Cli;

/// <summary>
/// Configuration overrides typed on the command line (<c>--Key=value</c>, <c>--Section:Key=value</c>) are taken out of
/// the arguments before a verb parses them, so a verb whose argument takes any number of values (<c>import &lt;path&gt;...</c>)
/// never reads one as a value, and every verb — not only the bot — builds its configuration with them.
/// </summary>
public static class ConfigurationArguments
{
    /// <summary>
    /// Splits <paramref name="args"/> into configuration overrides and the rest. An override is a token
    /// <c>--Name=value</c> whose name is not one of <paramref name="optionNames"/> (so <c>--limit=5</c> stays an option);
    /// everything after a bare <c>--</c> is left as it is.
    /// </summary>
    public static (string[] Settings, string[] Others) Split(IReadOnlyList<string> args, IReadOnlySet<string> optionNames)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(optionNames);
        var settings = new List<string>();
        var rest = new List<string>();
        bool literal = false;
        foreach (string arg in args)
        {
            if (!literal && arg == "--")
            {
                literal = true;
                rest.Add(arg);
            }
            else if (!literal && IsSetting(arg, optionNames))
            {
                settings.Add(arg);
            }
            else
            {
                rest.Add(arg);
            }
        }

        return ([.. settings], [.. rest]);
    }

    private static bool IsSetting(string arg, IReadOnlySet<string> optionNames)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        int equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals > 2 && !optionNames.Contains(arg[..equals]);
    }
}
