namespace StoryBot.Libraries;

/// <summary>Registered only by the console shell: there, <c>file:</c> may be a local path (the operator's own machine).</summary>
public sealed class LocalFileAccess;
