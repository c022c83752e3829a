using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Parsing;

public class StoryManifestTests
{
    private const string Json = """
        {
          "stories": [
            {
              "title": "Second Chances",
              "author": "Cybergades",
              "rating": "T",
              "summary": "A second chance.",
              "source": "https://www.fanfiction.net/s/1/",
              "chapters": [
                "002_0be2cb83b64d332a.txt",
                { "file": "extra/ch2.txt", "title": "Old Friends", "source": "https://www.fanfiction.net/s/1/2/" },
                { "file": "ch10.txt", "number": "Ten" },
              ]
            },
            { "title": "One-shots", "chapters": ["a.txt"] }
          ]
        }
        """;

    [Fact]
    public void Parse_ValidManifest_ReadsStoriesAndChapterOrder()
    {
        StoryManifest manifest = StoryManifest.Parse(Json);

        Assert.Equal(["Second Chances", "One-shots"], manifest.Stories.Select(s => s.Title));
        ManifestStory story = manifest.Stories[0];
        Assert.Equal(("Cybergades", Rating.Teen, "A second chance.", "https://www.fanfiction.net/s/1/"), (story.Author, story.Rating!.Value, story.Summary, story.SourceUrl));
        Assert.Equal([("002_0be2cb83b64d332a.txt", 1), ("extra/ch2.txt", 2), ("ch10.txt", 10)], story.Chapters.Select(c => (c.File, c.Number)));
        Assert.Empty(manifest.Warnings);
    }

    [Fact]
    public void Apply_ListedFile_ManifestValuesWinAndOthersAreKept()
    {
        StoryManifest manifest = StoryManifest.Parse(Json);
        var own = new ChapterMetadata { StoryTitle = "Old", ChapterTitle = "Many Regrets", ChapterNumber = 7, Author = "someone", Rating = Rating.Mature };

        ChapterMetadata merged = manifest.Apply(own, "seeds/002_0be2cb83b64d332a.txt");

        Assert.Equal("Second Chances", merged.StoryTitle);
        Assert.Equal("Many Regrets", merged.ChapterTitle);
        Assert.Equal(1, merged.ChapterNumber);
        Assert.Equal("Cybergades", merged.Author);
        Assert.Equal(Rating.Teen, merged.Rating);
        Assert.Equal("https://www.fanfiction.net/s/1/", merged.SourceUrl);
    }

    [Fact]
    public void Apply_ChapterObject_OverridesTitleAndSource()
    {
        ChapterMetadata merged = StoryManifest.Parse(Json).Apply(new ChapterMetadata(), "extra\\ch2.txt");

        Assert.Equal(("Old Friends", 2, "https://www.fanfiction.net/s/1/2/"), (merged.ChapterTitle, merged.ChapterNumber!.Value, merged.SourceUrl));
    }

    [Fact]
    public void Apply_UnlistedFile_Unchanged()
    {
        var own = new ChapterMetadata { StoryTitle = "Mine" };

        Assert.Same(own, StoryManifest.Parse(Json).Apply(own, "other.txt"));
    }

    [Fact]
    public void Apply_StoryWithoutRating_KeepsTheFilesRating()
    {
        ChapterMetadata merged = StoryManifest.Parse(Json).Apply(new ChapterMetadata { Rating = Rating.Explicit }, "a.txt");

        Assert.Equal(("One-shots", Rating.Explicit, 1), (merged.StoryTitle, merged.Rating, merged.ChapterNumber!.Value));
    }

    [Fact]
    public void Parse_InvalidJson_ThrowsOneLineReasonWithPosition()
    {
        var exception = Assert.Throws<FormatException>(() => StoryManifest.Parse("{\"stories\": [ { \"title\": }"));

        Assert.Equal("stories.json: invalid JSON at line 1, position 26", exception.Message);
    }

    [Fact]
    public void TryParse_WrongShape_FalseWithReason()
    {
        Assert.False(StoryManifest.TryParse("[1,2]", out _, out string? error));
        Assert.Equal("stories.json: expected an object with a \"stories\" array", error);
    }

    [Fact]
    public void Parse_BadEntries_SkippedWithWarnings()
    {
        const string json = """
            {"stories":[
              {"author":"no title","chapters":["x.txt"]},
              {"title":"T","rating":"spicy","source":"ftp://x","chapters":["a.txt","A.TXT",{"title":"no file"}]}
            ]}
            """;

        StoryManifest manifest = StoryManifest.Parse(json);

        Assert.Equal("T", Assert.Single(manifest.Stories).Title);
        Assert.Equal(
            [
                "stories.json: story 1 has no \"title\"; ignored",
                "stories.json: story \"T\": rating \"spicy\" not recognised; ignored",
                "stories.json: story \"T\": \"A.TXT\" is listed more than once; the first listing counts",
                "stories.json: story \"T\": chapter 2 needs a file name; ignored",
                "stories.json: story \"T\": source \"ftp://x\" is not an http(s) link; ignored",
            ],
            manifest.Warnings);
    }

    [Fact]
    public void TryFind_SameFileNameInTwoFolders_OnlyFullPathMatches()
    {
        StoryManifest manifest = StoryManifest.Parse("""{"stories":[{"title":"A","chapters":["a/ch1.txt"]},{"title":"B","chapters":["b/ch1.txt"]}]}""");

        Assert.False(manifest.TryFind("ch1.txt", out _, out _));
        Assert.True(manifest.TryFind("./b/ch1.txt", out ManifestStory? story, out _));
        Assert.Equal("B", story!.Title);
    }
}
