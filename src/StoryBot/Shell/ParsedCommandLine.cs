namespace StoryBot.Shell;

/// <summary>A slash command typed into the shell, or the reason it could not be read.</summary>
public sealed record ParsedCommandLine(string Name, string? Subcommand, IReadOnlyDictionary<string, object> Options, string? Error = null)
{
    public static ParsedCommandLine Invalid(string error) => new(string.Empty, null, new Dictionary<string, object>(), error);
}
