using StoryBot.Testing;
using StoryBot.Data.Storage;
using StoryBot.Data.Queries;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Queries;

public abstract class CharacterQueryTests : IAsyncLifetime
{
    protected abstract DatabaseProvider Provider { get; }

    private TestStore store = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(Provider);
        store.CopySeeds();
        await store.ImportAsync();
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [StoreFact]
    public async Task GetCharactersAsync_Library_ListsCharactersJsonWithAliasesAndLineCounts()
    {
        await using var db = store.Context();

        var characters = await new CharacterQueries(db).GetCharactersAsync(null, CancellationToken.None);

        CharacterView naruto = Assert.Single(characters, c => c.Name == "Naruto Uzumaki");
        Assert.Contains("Naruto", naruto.Aliases);
        Assert.Equal(Corpus.Model.Gender.Male, naruto.Gender);
        Assert.True(characters[0].LineCount >= characters[^1].LineCount);
        Assert.Contains(characters, c => c.LineCount > 0);
    }

    [StoreFact]
    public async Task GetLinesAsync_TopSpeaker_ReturnsTheirLinesWithParagraphs()
    {
        await using var db = store.Context();
        var queries = new CharacterQueries(db);
        CharacterView speaker = (await queries.GetCharactersAsync(null, CancellationToken.None))[0];

        var lines = await queries.GetLinesAsync(speaker.Id, null, 0, 10, CancellationToken.None);

        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains(l.Text, l.Paragraph.Text, StringComparison.Ordinal));
    }

    [StoreFact]
    public async Task AutocompleteCharactersAsync_AliasOrName_FindsCharacter()
    {
        await using var db = store.Context();
        var queries = new CharacterQueries(db);

        var byName = await queries.AutocompleteCharactersAsync("naru", null, CancellationToken.None);
        var byAlias = await queries.AutocompleteCharactersAsync("Kurama", null, CancellationToken.None);

        Assert.Equal("Naruto Uzumaki", byName[0].Name);
        Assert.Contains(byAlias, c => c.Name == "Kyuubi");
        Assert.True((await queries.AutocompleteCharactersAsync("", null, CancellationToken.None)).Count <= 25);
    }

    [StoreFact]
    public async Task GetStoryAsync_WithSpeakers_ListsTopSpeakers()
    {
        await using var db = store.Context();
        var catalog = new StoryCatalog(db);
        var story = (await catalog.FindStoryAsync("second-chances", CancellationToken.None))!;

        StoryInfo info = (await catalog.GetStoryAsync(story.Id, CancellationToken.None))!;

        Assert.NotEmpty(info.TopSpeakers);
        Assert.True(info.DialogueCount > 0);
    }
}
