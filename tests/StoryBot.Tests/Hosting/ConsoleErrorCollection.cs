namespace StoryBot.Tests.Hosting;

/// <summary>Tests that swap the process-wide <see cref="Console.Error"/> run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleErrorCollection
{
    public const string Name = "Console.Error";
}
