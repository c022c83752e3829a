using System.Globalization;
using StoryBot.Cli;
using StoryBot.Data.Storage;
using StoryBot.Tests.Libraries.Support;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Cli;

/// <summary>
/// <c>stories --guild</c> and <c>search --guild</c>: the operator sees one server's own library; without the option,
/// the shared library only. Written once, run on both stores.
/// </summary>
public abstract class GuildOptionTests
{
    private const ulong Guild = 7001;

    protected abstract DatabaseProvider Provider { get; }

    [StoreFact]
    public async Task Stories_WithGuild_ListsThatServersLibraryOnly()
    {
        await using var library = await LibraryAsync();

        var (sharedCode, shared) = await RunAsync(library, "stories");
        var (guildCode, guild) = await RunAsync(library, "stories", "--guild", Guild.ToString(CultureInfo.InvariantCulture));
        var (_, other) = await RunAsync(library, "stories", "--guild", "7002");

        Assert.Equal(0, sharedCode);
        Assert.Equal(0, guildCode);
        Assert.Contains(TestLibrary.SafeTitle, shared, StringComparison.Ordinal);
        Assert.DoesNotContain(GuildStories.Title, shared, StringComparison.Ordinal);
        Assert.Contains(GuildStories.Title, guild, StringComparison.Ordinal);
        Assert.DoesNotContain(TestLibrary.SafeTitle, guild, StringComparison.Ordinal);
        Assert.Contains("holds no stories", other, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Search_WithGuild_FindsThatServersPassagesOnly()
    {
        await using var library = await LibraryAsync();

        var (_, shared) = await RunAsync(library, "search", GuildStories.Word);
        var (code, guild) = await RunAsync(library, "search", GuildStories.Word, "--guild", Guild.ToString(CultureInfo.InvariantCulture));
        var (_, sharedWordInGuild) = await RunAsync(library, "search", "ramen", "--guild", Guild.ToString(CultureInfo.InvariantCulture));

        Assert.Contains("Nothing found", shared, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Contains(GuildStories.Title, guild, StringComparison.Ordinal);
        Assert.Contains("Nothing found", sharedWordInGuild, StringComparison.Ordinal);
    }

    private async Task<TestLibrary> LibraryAsync()
    {
        var library = await TestLibrary.CreateAsync(provider: Provider);
        await using var db = library.OpenContext();
        await GuildStories.AddMoonGardenAsync(db, Guild);
        return library;
    }

    private static async Task<(int Code, string Output)> RunAsync(TestLibrary library, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var parse = StoryBotCommandLine.Parse(
            [.. args, $"--ConnectionStrings:Stories={library.ConnectionString}", $"--Database:Provider={library.Provider}", "--Stories:ImportOnStart=false"]);
        parse.InvocationConfiguration.Output = output;
        int code = await parse.InvokeAsync();
        return (code, output.ToString());
    }
}
