using StoryBot.Discord.Messages;

namespace StoryBot.Discord.Tests.Unit;

public class MessageBuilderTests
{
    private static string Words(int length) => string.Join(' ', Enumerable.Repeat("word", (length / 5) + 1))[..length];

    [Fact]
    public void Build_LongContent_TruncatedTo2000()
    {
        var message = new MessageBuilder().WithContent(Words(5000)).Build();

        Assert.True(message.Content!.Length <= DiscordLimits.Content);
        Assert.EndsWith("…", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EmbedTexts_EachWithinLimit()
    {
        var message = new MessageBuilder().AddEmbed(e => e
                .WithTitle(Words(1000))
                .WithDescription(Words(5000))
                .WithFooter(Words(3000))
                .WithAuthor(Words(300))
                .AddField(Words(300), Words(2000)))
            .Build();

        var embed = Assert.Single(message.Embeds);
        Assert.True(embed.Title!.Length <= DiscordLimits.EmbedTitle);
        Assert.True(embed.Description!.Length <= DiscordLimits.EmbedDescription);
        Assert.True(embed.Footer!.Length <= DiscordLimits.FooterText);
        Assert.True(embed.Author!.Length <= DiscordLimits.AuthorName);
        Assert.True(embed.Fields[0].Name.Length <= DiscordLimits.FieldName);
        Assert.True(embed.Fields[0].Value.Length <= DiscordLimits.FieldValue);
        Assert.True(embed.TextLength <= DiscordLimits.EmbedTotal);
    }

    [Fact]
    public void Build_TooManyFields_KeepsFirst25()
    {
        var builder = new EmbedBuilder();
        for (var i = 0; i < 30; i++)
        {
            builder.AddField($"f{i}", "v");
        }

        Assert.Equal(25, builder.Build().Fields.Count);
    }

    [Fact]
    public void Build_EmbedsOver6000Total_ShrunkToLimit()
    {
        var builder = new MessageBuilder();
        for (var e = 0; e < 4; e++)
        {
            builder.AddEmbed(x => x.WithTitle("Title " + e).WithDescription(Words(3000)).AddField("a", Words(1000)));
        }

        var message = builder.Build();

        Assert.True(message.Embeds.Sum(x => x.TextLength) <= DiscordLimits.EmbedTotal);
        Assert.Equal("Title 0", message.Embeds[0].Title);
    }

    [Fact]
    public void Build_ElevenEmbeds_KeepsTen()
    {
        var builder = new MessageBuilder();
        for (var i = 0; i < 11; i++)
        {
            builder.AddEmbed(e => e.WithTitle("t"));
        }

        Assert.Equal(10, builder.Build().Embeds.Count);
    }

    [Fact]
    public void Build_ThirtyButtons_FiveRowsOfFive()
    {
        var builder = new MessageBuilder();
        for (var i = 0; i < 30; i++)
        {
            builder.AddButton(ButtonProperties.Create($"b:{i}", $"Button {i}"));
        }

        var rows = builder.Build().Components;

        Assert.Equal(DiscordLimits.ActionRows, rows.Count);
        Assert.All(rows, r => Assert.Equal(DiscordLimits.ButtonsPerRow, r.Buttons.Count));
    }

    [Fact]
    public void AddButtonRow_SevenButtons_TwoRows()
    {
        var rows = new MessageBuilder()
            .AddButtonRow(Enumerable.Range(0, 7).Select(i => ButtonProperties.Create($"x{i}", "x")))
            .Build().Components;

        Assert.Equal([5, 2], rows.Select(r => r.Buttons.Count));
    }

    [Fact]
    public void Create_LongLabel_TruncatedTo80()
    {
        var button = ButtonProperties.Create("id", Words(200));

        Assert.True(button.Label.Length <= DiscordLimits.ButtonLabel);
    }

    [Fact]
    public void Create_CustomIdOver100_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ButtonProperties.Create(new string('x', 101), "label"));

        Assert.Contains("100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EmptyFieldTexts_ReplacedWithZeroWidthSpace()
    {
        var field = new EmbedBuilder().AddField("", " ").Build().Fields[0];

        Assert.Equal("\u200b", field.Name);
        Assert.Equal("\u200b", field.Value);
    }
}
