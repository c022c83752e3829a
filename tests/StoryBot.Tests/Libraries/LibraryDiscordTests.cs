using System.Text;
using StoryBot.Discord.Fake.Attachments;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Tests.Libraries.Support;
using StoryBot.Tests.Support;
using static StoryBot.Discord.Fake.Interactions.InteractionBuilders;

namespace StoryBot.Tests.Libraries;

/// <summary>
/// The whole flow through the fake Discord with two servers: server A uploads a text chapter and an EPUB; server B and
/// a DM see nothing of them in any command, autocomplete or button, while A sees them everywhere; hiding the shared
/// library and removing a story work; bad uploads are refused with one line and change nothing. On both stores.
/// </summary>
public abstract class LibraryDiscordTests(LibraryDiscordFixture fixture)
{
    private const ulong ServerA = 1200000000000000001;
    private const ulong ServerB = 1200000000000000002;

    [StoreFact]
    public async Task Upload_TextAndEpubInServerA_OnlyServerASeesThemEverywhere()
    {
        string text = await fixture.UploadAsync(ServerA, "add", fixture.File("orchard-01.txt", UploadFiles.TextChapter()));
        string epub = await fixture.UploadAsync(ServerA, "add", fixture.File("ferry.epub", UploadFiles.Epub()));

        Assert.Contains($"Added **{UploadFiles.TextTitle}** by Orchard Keeper", text, StringComparison.Ordinal);
        Assert.Contains("Words:", text, StringComparison.Ordinal);
        Assert.Contains("Speakers found:", text, StringComparison.Ordinal);
        Assert.Contains($"Added **{UploadFiles.EpubTitle}** by Ferry Writer", epub, StringComparison.Ordinal);
        Assert.Contains("Chapters: 2 in this file", epub, StringComparison.Ordinal);

        foreach (ulong? outsider in new ulong?[] { ServerB, null })
        {
            string shown = string.Join("\n",
                await fixture.ShownAsync(fixture.Command(outsider, "excerpt", [Option("story", UploadFiles.TextTitle)])),
                await fixture.ShownAsync(fixture.Command(outsider, "excerpt", [Option("story", UploadFiles.EpubTitle)])),
                await fixture.ShownAsync(fixture.Command(outsider, "excerpt", [Option("search", UploadFiles.TextWord)])),
                await fixture.ShownAsync(fixture.Command(outsider, "excerpt", [Option("search", UploadFiles.EpubWord)])),
                await fixture.ShownAsync(fixture.Command(outsider, "excerpt", [Option("character", "Mira")])),
                await fixture.ShownAsync(fixture.Command(outsider, "story", [Subcommand("list")])),
                await fixture.ShownAsync(fixture.Command(outsider, "story", [Subcommand("info", Option("story", UploadFiles.TextTitle))])),
                await fixture.ShownAsync(fixture.Typing(outsider, "excerpt", null, "story", "moonlit")),
                await fixture.ShownAsync(fixture.Typing(outsider, "excerpt", null, "story", "ferry")),
                await fixture.ShownAsync(fixture.Typing(outsider, "story", "info", "story", "orchard")),
                await fixture.ShownAsync(fixture.Typing(outsider, "trivia", "start", "story", "glass")));
            Assert.DoesNotContain("rustled under the moon", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("swung from the ferry", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("Orchard Keeper", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("Ferry Writer", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("moonlit-orchard", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("the-glass-ferry", shown, StringComparison.Ordinal);
            for (int i = 0; i < 15; i++)
            {
                string random = await fixture.ShownAsync(fixture.Command(outsider, "excerpt"));
                Assert.DoesNotContain(UploadFiles.TextTitle, random, StringComparison.Ordinal);
                Assert.DoesNotContain(UploadFiles.EpubTitle, random, StringComparison.Ordinal);
            }
        }

        Assert.Contains("\"title\":\"Moonlit Orchard\"", await fixture.ShownAsync(fixture.Command(ServerA, "excerpt", [Option("story", UploadFiles.TextTitle)])), StringComparison.Ordinal);
        Assert.Contains(UploadFiles.TextWord, await fixture.ShownAsync(fixture.Command(ServerA, "excerpt", [Option("search", UploadFiles.TextWord)])), StringComparison.Ordinal);
        Assert.Contains(UploadFiles.EpubWord, await fixture.ShownAsync(fixture.Command(ServerA, "excerpt", [Option("search", UploadFiles.EpubWord)])), StringComparison.Ordinal);
        Assert.Contains(UploadFiles.EpubTitle, await fixture.ShownAsync(fixture.Command(ServerA, "story", [Subcommand("list")])), StringComparison.Ordinal);
        Assert.Contains("moonlit-orchard", await fixture.ShownAsync(fixture.Typing(ServerA, "excerpt", null, "story", "moonlit")), StringComparison.Ordinal);
        Assert.Contains("the-glass-ferry", await fixture.ShownAsync(fixture.Typing(ServerA, "trivia", "start", "story", "glass")), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task TriviaStart_ServerWithItsLibrary_AsksTheFirstQuestionFromTheStore()
    {
        const ulong server = 1200000000000000021;

        string shown = await fixture.ShownAsync(fixture.Command(server, "trivia", [Subcommand("start")]));
        using var timeout = new CancellationTokenSource(FakeDiscordExtensions.Patience);
        var question = await fixture.Fake.WaitForRequestAsync(
            r => r.Method == "POST" && r.Body?.ToJsonString().Contains("Question 1 of", StringComparison.Ordinal) == true, timeout.Token);

        Assert.Contains("started a game", shown, StringComparison.Ordinal);
        Assert.Contains("\"custom_id\"", question.Body!.ToJsonString(), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Upload_SecondCopyAndLaterChapter_ReplaceAndJoinTheStory()
    {
        const ulong server = 1200000000000000011;
        await fixture.UploadAsync(server, "add", fixture.File("orchard-01.txt", UploadFiles.TextChapter(1)));
        string again = await fixture.UploadAsync(server, "add", fixture.File("orchard-01.txt", UploadFiles.TextChapter(1, "Edited.")));
        string later = await fixture.UploadAsync(server, "add", fixture.File("orchard-02.txt", UploadFiles.TextChapter(2)));

        Assert.Contains("Replaced", again, StringComparison.Ordinal);
        Assert.Contains("1 in the story", again, StringComparison.Ordinal);
        Assert.Contains("2 in the story", later, StringComparison.Ordinal);
        string list = await fixture.ShownAsync(fixture.Command(server, "library", [Subcommand("list")], admin: true));
        Assert.Contains("1 of 50 stories", list, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Characters_AfterTheStoryWasUploaded_ReattributesItsLines()
    {
        const ulong server = 1200000000000000031;
        await fixture.UploadAsync(server, "add", fixture.File("orchard-01.txt", UploadFiles.TextChapter()));
        string before = await fixture.ShownAsync(fixture.Command(server, "story", [Subcommand("info", Option("story", UploadFiles.TextTitle))]));

        string reply = await fixture.UploadAsync(server, "characters", fixture.File("characters.json", Encoding.UTF8.GetBytes(UploadFiles.CharactersJson)));

        Assert.Contains("Characters updated: 2 characters", reply, StringComparison.Ordinal);
        Assert.Contains("Re-read 1 story: 2 of 2 quoted lines now have a speaker", reply, StringComparison.Ordinal);
        Assert.Contains(UploadFiles.TextTitle, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("orchard-01", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Mira Vale", before, StringComparison.Ordinal);
        Assert.Contains("Mira Vale", await fixture.ShownAsync(fixture.Command(server, "story", [Subcommand("info", Option("story", UploadFiles.TextTitle))])), StringComparison.Ordinal);
        Assert.Contains("Mira Vale", await fixture.ShownAsync(fixture.Typing(server, "excerpt", null, "character", "mira")), StringComparison.Ordinal);
        Assert.DoesNotContain("Mira Vale", await fixture.ShownAsync(fixture.Typing(ServerB, "excerpt", null, "character", "mira")), StringComparison.Ordinal);

        string removed = await fixture.DeferredAsync(fixture.Command(server, "library", [Subcommand("characters", Option("remove", true))], admin: true));
        Assert.Contains("Character list removed", removed, StringComparison.Ordinal);
        Assert.DoesNotContain("Mira Vale", await fixture.ShownAsync(fixture.Command(server, "story", [Subcommand("info", Option("story", UploadFiles.TextTitle))])), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task SharedHide_ServerA_SeesOnlyItsOwnStories()
    {
        const ulong server = 1200000000000000021;
        await fixture.UploadAsync(server, "add", fixture.File("orchard-01.txt", UploadFiles.TextChapter()));

        string hidden = await fixture.ShownAsync(fixture.Command(server, "library", [Subcommand("shared", Option("mode", "hide"))], admin: true));
        string list = await fixture.ShownAsync(fixture.Command(server, "story", [Subcommand("list")]));
        string elsewhere = await fixture.ShownAsync(fixture.Command(ServerB, "story", [Subcommand("list")]));
        await fixture.ShownAsync(fixture.Command(server, "library", [Subcommand("shared", Option("mode", "show"))], admin: true));
        string shownAgain = await fixture.ShownAsync(fixture.Command(server, "story", [Subcommand("list")]));

        Assert.Contains("hidden", hidden, StringComparison.Ordinal);
        Assert.Contains(UploadFiles.TextTitle, list, StringComparison.Ordinal);
        Assert.DoesNotContain(TestLibrary.SafeTitle, list, StringComparison.Ordinal);
        Assert.Contains(TestLibrary.SafeTitle, elsewhere, StringComparison.Ordinal);
        Assert.Contains(TestLibrary.SafeTitle, shownAgain, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Remove_AfterConfirm_GoneEverywhereInTheServer()
    {
        const ulong server = 1200000000000000031;
        await fixture.UploadAsync(server, "add", fixture.File("orchard-01.txt", UploadFiles.TextChapter()));
        var confirm = await fixture.AnswerAsync(fixture.Command(server, "library", [Subcommand("remove", Option("story", "moonlit orchard"))], admin: true));
        string removeId = confirm.CustomIdOf("Remove");

        string notAdmin = await fixture.ShownAsync(fixture.Press(server, removeId, admin: false));
        string fromB = await fixture.ShownAsync(fixture.Press(ServerB, removeId, admin: true));
        Assert.Contains(UploadFiles.TextTitle, await fixture.ShownAsync(fixture.Command(server, "story", [Subcommand("list")])), StringComparison.Ordinal);
        string removed = await fixture.ShownAsync(fixture.Press(server, removeId, admin: true));

        Assert.True(confirm.IsEphemeral());
        Assert.Contains("Manage Server", notAdmin, StringComparison.Ordinal);
        Assert.Contains("not in this server", fromB, StringComparison.Ordinal);
        Assert.Contains("Removed", removed, StringComparison.Ordinal);
        Assert.DoesNotContain(UploadFiles.TextTitle, await fixture.ShownAsync(fixture.Command(server, "story", [Subcommand("list")])), StringComparison.Ordinal);
        Assert.DoesNotContain("rustled", await fixture.ShownAsync(fixture.Command(server, "excerpt", [Option("search", UploadFiles.TextWord)])), StringComparison.Ordinal);
        Assert.DoesNotContain("moonlit-orchard", await fixture.ShownAsync(fixture.Typing(server, "excerpt", null, "story", "moonlit")), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Clear_CancelThenConfirm_KeepsThenDeletesTheWholeLibrary()
    {
        const ulong server = 1200000000000000051;
        await fixture.UploadAsync(server, "add", fixture.File("orchard-01.txt", UploadFiles.TextChapter()));
        await fixture.UploadAsync(server, "add", fixture.File("ferry.epub", UploadFiles.Epub()));

        var confirm = await fixture.AnswerAsync(fixture.Command(server, "library", [Subcommand("clear")], admin: true));
        string cancelled = await fixture.ShownAsync(fixture.Press(server, confirm.CustomIdOf("Cancel"), admin: true));
        string kept = await fixture.ShownAsync(fixture.Command(server, "library", [Subcommand("list")], admin: true));
        string notAdmin = await fixture.ShownAsync(fixture.Press(server, confirm.CustomIdOf("Delete everything"), admin: false));
        string cleared = await fixture.ShownAsync(fixture.Press(server, confirm.CustomIdOf("Delete everything"), admin: true));
        string after = await fixture.ShownAsync(fixture.Command(server, "library", [Subcommand("list")], admin: true));

        Assert.True(confirm.IsEphemeral());
        Assert.Contains("cannot be undone", confirm.Data?.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("nothing was changed", cancelled, StringComparison.Ordinal);
        Assert.Contains("2 of 50 stories", kept, StringComparison.Ordinal);
        Assert.Contains("Manage Server", notAdmin, StringComparison.Ordinal);
        Assert.Contains("deleted (2 stories)", cleared, StringComparison.Ordinal);
        Assert.Contains("0 of 50 stories", after, StringComparison.Ordinal);
        Assert.DoesNotContain(UploadFiles.TextTitle, await fixture.ShownAsync(fixture.Command(server, "story", [Subcommand("list")])), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Library_NotAnAdmin_Refused()
    {
        string shown = await fixture.ShownAsync(fixture.Command(ServerB, "library", [Subcommand("list")], admin: false));

        Assert.Contains("Manage Server", shown, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Upload_BadFiles_EachRefusedWithOneLineAndNothingChanged()
    {
        const ulong server = 1200000000000000041;
        var good = UploadFiles.TextChapter();
        var elsewhere = fixture.File("ferry-elsewhere.txt", good);
        var replies = new Dictionary<string, string>
        {
            ["oversized"] = await fixture.UploadAsync(server, "add", fixture.File("big.txt", new byte[LibraryDiscordFixture.MaxUploadBytes + 1])),
            ["oversized, declared small"] = await fixture.UploadAsync(server, "add", fixture.File("big2.txt", Encoding.UTF8.GetBytes(new string('a', (int)LibraryDiscordFixture.MaxUploadBytes * 2)), AttachmentFault.Chunked, declaredSize: 100)),
            ["wrong host"] = await fixture.UploadAsync(server, "add", fixture.File("orchard.txt", good), new Uri("https://files.example.com/orchard.txt")),
            ["redirect"] = await fixture.UploadAsync(server, "add", fixture.File("orchard.txt", good, AttachmentFault.Redirect, redirectTo: elsewhere.Url)),
            ["truncated"] = await fixture.UploadAsync(server, "add", fixture.File("orchard.txt", good, AttachmentFault.Truncate)),
            ["malformed epub"] = await fixture.UploadAsync(server, "add", fixture.File("broken.epub", Encoding.UTF8.GetBytes("this is not a zip file at all"))),
            ["binary text"] = await fixture.UploadAsync(server, "add", fixture.File("binary.txt", [.. Enumerable.Range(0, 4000).Select(i => (byte)(i % 7 == 0 ? 0 : i))])),
            ["wrong type"] = await fixture.UploadAsync(server, "add", fixture.File("cover.png", good)),
        };

        Assert.Contains("too large", replies["oversized"], StringComparison.Ordinal);
        Assert.Contains("larger than the limit", replies["oversized, declared small"], StringComparison.Ordinal);
        Assert.Contains("not on Discord's file servers", replies["wrong host"], StringComparison.Ordinal);
        Assert.Contains("redirect", replies["redirect"], StringComparison.Ordinal);
        Assert.Contains("cut short", replies["truncated"], StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", replies["malformed epub"], StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", replies["binary text"], StringComparison.Ordinal);
        Assert.Contains(".txt, .md, .html and .epub", replies["wrong type"], StringComparison.Ordinal);
        Assert.All(replies.Values, reply => Assert.DoesNotContain('\n', reply.Trim()));
        Assert.DoesNotContain(fixture.Fake.Requests, r => r.Path.Contains("files.example.com", StringComparison.Ordinal));
        string list = await fixture.ShownAsync(fixture.Command(server, "library", [Subcommand("list")], admin: true));
        Assert.Contains("0 of 50 stories", list, StringComparison.Ordinal);
    }
}
