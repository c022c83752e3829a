using StoryBot.Commands;
using StoryBot.Shell;

namespace StoryBot.Tests.Shell;

public class ConsoleRendererTests
{
    private const string Stamp = "<t:1618935630:R>";

    [Fact]
    public void Render_TimestampMarkup_FormattedOnlyWhereDiscordRendersIt()
    {
        var message = BotMessage.FromEmbed(new BotEmbed
        {
            Title = "Title " + Stamp,
            Author = "Author " + Stamp,
            Description = "Description " + Stamp,
            Fields = [new BotEmbedField("Name " + Stamp, "Value " + Stamp)],
            Footer = "Footer " + Stamp,
        }) with { Content = "Content " + Stamp };

        var text = ConsoleRenderer.Render(message, [], markup => markup.Replace(Stamp, "in 5 seconds", StringComparison.Ordinal));

        Assert.Contains("Content in 5 seconds", text, StringComparison.Ordinal);
        Assert.Contains("Description in 5 seconds", text, StringComparison.Ordinal);
        Assert.Contains("Value in 5 seconds", text, StringComparison.Ordinal);
        Assert.Contains("Title " + Stamp, text, StringComparison.Ordinal);
        Assert.Contains("Author " + Stamp, text, StringComparison.Ordinal);
        Assert.Contains("Name " + Stamp, text, StringComparison.Ordinal);
        Assert.Contains("Footer " + Stamp, text, StringComparison.Ordinal);
    }
}
