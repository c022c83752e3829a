using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryBot.Commands;
using StoryBot.Data.Entities;
using StoryBot.Hosting;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Libraries.Support;

/// <summary>
/// The real feature composition (not started) over a <see cref="TestLibrary"/> (shared stories) plus "Moon Garden" in
/// server A's library, with the router every interaction goes through: invocations as server A, server B or a DM.
/// </summary>
public sealed class LibraryHarness : IAsyncDisposable
{
    public const ulong GuildA = 7001;
    public const ulong GuildB = 7002;
    public const ulong ChannelA = 7101;
    public const ulong ChannelB = 7102;
    public const ulong DmChannel = 7103;

    private readonly IHost host;

    private LibraryHarness(TestLibrary library, IHost host, int storyId, int chapterId)
    {
        Library = library;
        this.host = host;
        StoryId = storyId;
        ChapterId = chapterId;
    }

    public TestLibrary Library { get; }

    public IServiceProvider Services => host.Services;

    public CommandRouter Router => host.Services.GetRequiredService<CommandRouter>();

    /// <summary>Moon Garden's story id and first chapter id (server A's).</summary>
    public int StoryId { get; }

    public int ChapterId { get; }

    public static async Task<LibraryHarness> CreateAsync()
    {
        var library = await TestLibrary.CreateAsync();
        await using (var db = library.OpenContext())
        {
            var (storyId, chapterId) = await GuildStories.AddMoonGardenAsync(db, GuildA);
            var builder = StoryBotHost.CreateBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Stories"] = library.ConnectionString,
                ["Stories:ImportOnStart"] = "false",
                ["Discord:Token"] = "",
                ["Logging:LogLevel:Default"] = "Warning",
            });
            builder.AddStoryBot(HostMode.Shell);
            return new LibraryHarness(library, builder.Build(), storyId, chapterId);
        }
    }

    public static CommandContext Context(ulong? guildId, BotPermissions permissions = BotPermissions.None) =>
        new(new BotUser(42, "Reader", permissions), guildId, guildId switch { GuildA => ChannelA, GuildB => ChannelB, _ => DmChannel });

    public async Task<string> RunAsync(ulong? guildId, string name, string? subcommand = null, params (string Name, object Value)[] options)
    {
        var invocation = new SlashCommandInvocation(Context(guildId), name, subcommand, Options(options));
        return Flatten(await Router.DispatchAsync(invocation, CancellationToken.None));
    }

    public async Task<string> PressAsync(ulong? guildId, string customId) =>
        Flatten(await Router.DispatchAsync(new ComponentInvocation(Context(guildId), customId, 1), CancellationToken.None));

    public async Task<IReadOnlyList<BotChoice>> SuggestAsync(ulong? guildId, string name, string? subcommand, string focused, string typed, params (string Name, object Value)[] options) =>
        await Router.SuggestAsync(new AutocompleteInvocation(Context(guildId), name, subcommand, focused, typed, Options(options)), CancellationToken.None);

    /// <summary>Imports the seed chapters into the shared library (enough dialogue for every trivia kind).</summary>
    public async Task ImportSeedsAsync()
    {
        var report = await Services.GetRequiredService<StoryBot.Data.Import.IStoryImporter>().ImportAsync([Seeds.Path], CancellationToken.None);
        Assert.Empty(report.Failures);
    }

    /// <summary>Sets server A's "hide the shared library" switch directly in the store.</summary>
    public async Task HideSharedAsync(ulong guildId, bool hide)
    {
        await using var db = Library.OpenContext();
        var row = await db.GuildLibraries.FindAsync(guildId);
        if (row is null)
        {
            db.GuildLibraries.Add(new GuildLibrary { GuildId = guildId, HideShared = hide });
        }
        else
        {
            row.HideShared = hide;
            db.GuildLibraries.Update(row);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Everything a member would see of a reply, as one string (content, embeds, button labels and ids).</summary>
    public static string Flatten(BotReply reply) => JsonSerializer.Serialize(reply);

    public async ValueTask DisposeAsync()
    {
        host.Dispose();
        await Library.DisposeAsync();
    }

    private static CommandOptions Options((string Name, object Value)[] options) =>
        new(options.ToDictionary(o => o.Name, o => o.Value));
}
