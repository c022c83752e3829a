using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryBot.Hosting;
using StoryBot.Shell;
using StoryBot.Tests.Support;
using StoryBot.Tests.Trivia.Support;
using StoryBot.Trivia.Games;
using StoryBot.Trivia.Sources;

namespace StoryBot.Tests.Trivia.Shell;

/// <summary>The console shell (real host, no Discord) playing a game on the seeds: numbered buttons, edits, podium.</summary>
public sealed class TriviaShellTests
{
    [Fact]
    public async Task Shell_TwoPlayersPlayAGame_QuestionRevealAndPodiumRendered()
    {
        await using var library = await TestLibrary.CreateAsync(seed: false);
        var console = new ScriptedConsole();
        var clock = new TestClock();
        var builder = StoryBotHost.CreateBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Stories"] = library.ConnectionString,
            ["Stories:ImportOnStart"] = "true",
            ["Stories:SeedPath"] = RepositoryPaths.Seeds,
            ["Discord:Token"] = "",
        });
        builder.Services.AddSingleton<IShellConsole>(console);
        builder.Services.AddSingleton(new TriviaClock(clock));
        builder.Services.AddSingleton(new TriviaRandom(new Random(6)));
        builder.AddStoryBot(HostMode.Shell);
        using var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var run = host.RunAsync(timeout.Token);

        console.Type("/trivia start rounds:1 kind:who");
        await console.WaitForAsync("Question 1 of 1 · Who said it?");
        var round = host.Services.GetRequiredService<TriviaGameRegistry>().InChannel(ShellSession.ShellChannelId)!.CurrentRound!;
        var right = (round.Question.AnswerIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var wrong = (((round.Question.AnswerIndex + 1) % round.Question.Choices.Count) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        console.Type(":as Kiba");
        console.Type(wrong);
        await console.WaitForAsync("🔒 Locked in");
        console.Type(right);
        await console.WaitForAsync("You already answered this question");
        console.Type(":as Ino");
        console.Type(right);
        await console.WaitForAsync("🔒 Locked in", times: 2);
        await clock.WaitForTimerDueAsync(round.Deadline);
        clock.Advance(round.Deadline - clock.GetUtcNow());
        await console.WaitForAsync("🏆 Trivia results");
        console.EndOfInput();
        await run;

        var transcript = console.Text;
        Assert.Contains("> /trivia start rounds:1 kind:who", transcript, StringComparison.Ordinal);
        Assert.Contains("started a game of 1 “Who said it?” question", transcript, StringComparison.Ordinal);
        Assert.Contains("[1] A", transcript, StringComparison.Ordinal);
        Assert.Contains("(edited)", transcript, StringComparison.Ordinal);
        Assert.Contains("✅ **", transcript, StringComparison.Ordinal);
        Assert.Contains("🥇 @Ino — 1,000 pts (1 of 1 right)", transcript, StringComparison.Ordinal);
        Assert.Contains("🥈 @Kiba — 0 pts (0 of 1 right)", transcript, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "trivia-shell-transcript.txt"), transcript);
    }
}
