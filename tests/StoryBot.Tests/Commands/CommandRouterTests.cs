using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StoryBot.Commands;

namespace StoryBot.Tests.Commands;

public class CommandRouterTests
{
    [Fact]
    public async Task DispatchAsync_HandlerThrows_EphemeralApology()
    {
        await using var services = Build(s => s.AddSlashCommand<ThrowingCommand>("boom"));
        var router = services.GetRequiredService<CommandRouter>();

        var reply = await router.DispatchAsync(new SlashCommandInvocation(Context, "boom", null, CommandOptions.Empty), CancellationToken.None);

        Assert.True(reply.Message!.Ephemeral);
        Assert.Equal(CommandRouter.FailureText, reply.Message.Content);
    }

    [Fact]
    public async Task DispatchAsync_UnknownCommandAndButton_EphemeralHint()
    {
        await using var services = Build(_ => { });
        var router = services.GetRequiredService<CommandRouter>();

        var command = await router.DispatchAsync(new SlashCommandInvocation(Context, "nope", null, CommandOptions.Empty), CancellationToken.None);
        var button = await router.DispatchAsync(new ComponentInvocation(Context, "zz:1", 5), CancellationToken.None);

        Assert.True(command.Message!.Ephemeral);
        Assert.True(button.Message!.Ephemeral);
    }

    [Fact]
    public async Task DispatchAsync_CommandReadsNoLibrary_LibraryScopeNotResolved()
    {
        // Resolving the library scope would fail here, so only a command that skips it can answer.
        await using var services = Build(s => s
            .AddSlashCommand<PlainCommand>("plain")
            .AddSlashCommand<LibraryCommand>("stories")
            .AddScoped<StoryBot.Data.Libraries.LibraryScopeResolver>(_ => throw new InvalidOperationException("library scope resolved")));
        var router = services.GetRequiredService<CommandRouter>();

        var plain = await router.DispatchAsync(new SlashCommandInvocation(Context, "plain", null, CommandOptions.Empty), CancellationToken.None);
        var stories = await router.DispatchAsync(new SlashCommandInvocation(Context, "stories", null, CommandOptions.Empty), CancellationToken.None);

        Assert.Equal("ok", plain.Message!.Content);
        Assert.Equal(CommandRouter.FailureText, stories.Message!.Content);
    }

    [Fact]
    public async Task Validate_KeyDiffersFromHandlerName_FailsWithClearMessage()
    {
        await using var services = Build(s => s.AddSlashCommand<ThrowingCommand>("other"));

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<CommandCatalog>().Validate());

        Assert.Contains("registered as SlashCommand 'other' but says 'boom'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_DuplicateCommand_Fails()
    {
        await using var services = Build(s => s.AddSlashCommand<ThrowingCommand>("boom").AddSlashCommand<ThrowingCommand>("boom"));

        Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<CommandCatalog>().Validate());
    }

    private static CommandContext Context => new(new BotUser(1, "tester"), 2, 3);

    private static ServiceProvider Build(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddCommandRouting();
        configure(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private sealed class PlainCommand : ISlashCommandHandler
    {
        public SlashCommandDefinition Definition { get; } = new("plain", "Reads no story") { ReadsLibrary = false };

        public Task<BotReply> HandleAsync(SlashCommandInvocation invocation, CancellationToken cancellationToken) =>
            Task.FromResult(BotReply.Ephemeral("ok"));
    }

    private sealed class LibraryCommand : ISlashCommandHandler
    {
        public SlashCommandDefinition Definition { get; } = new("stories", "Reads the library");

        public Task<BotReply> HandleAsync(SlashCommandInvocation invocation, CancellationToken cancellationToken) =>
            Task.FromResult(BotReply.Ephemeral("ok"));
    }

    private sealed class ThrowingCommand : ISlashCommandHandler
    {
        public SlashCommandDefinition Definition { get; } = new("boom", "Always fails");

        public Task<BotReply> HandleAsync(SlashCommandInvocation invocation, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("kaboom");
    }
}
