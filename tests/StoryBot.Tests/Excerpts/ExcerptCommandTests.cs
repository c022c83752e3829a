using StoryBot.Tests.Support;

namespace StoryBot.Tests.Excerpts;

public sealed class ExcerptCommandTests
{
    [Fact]
    public async Task Handle_EmptyLibrary_SaysSoWithAndWithoutOptions()
    {
        await using var library = await TestLibrary.CreateAsync(seed: false);

        var transcript = await ShellRunner.RunAsync(library.ConnectionString, "/excerpt\n/excerpt story:leaf\n");

        Assert.Equal(2, transcript.Split("The library is empty: no stories have been imported yet.", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public async Task Handle_NoOptions_ShowsARandomPassageOfAnSfwStory()
    {
        await using var library = await TestLibrary.CreateAsync();

        var transcript = await ShellRunner.RunAsync(library.ConnectionString, "/excerpt\n/excerpt\n/excerpt\n");

        Assert.Equal(3, transcript.Split("┌─ ", StringSplitOptions.None).Length - 1);
        Assert.DoesNotContain("Dark Paths", transcript, StringComparison.Ordinal);
    }
}
