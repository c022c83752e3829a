using StoryBot.Commands;
using StoryBot.Shell;

namespace StoryBot.Tests.Shell;

public class ShellPersonasTests
{
    [Fact]
    public void Get_SameNameInAnotherRun_SameId()
    {
        var first = new ShellPersonas().Get("Sakura");
        var second = new ShellPersonas().Get(" sakura ");

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(ShellPersonas.IdOf("Sakura"), first.Id);
        Assert.NotEqual(ShellPersonas.AdminId, first.Id);
    }

    [Fact]
    public void Get_Members_HaveNoAdminRights_YouIsTheAdmin()
    {
        var personas = new ShellPersonas();

        Assert.False(personas.Get("Sakura").Has(BotPermissions.ManageGuild));
        Assert.False(personas.Get("Sakura").Has(BotPermissions.ManageMessages));
        Assert.Equal(ShellPersonas.Admin, personas.Get("you"));
        Assert.Equal(ShellPersonas.Admin, personas.Get("You"));
        Assert.True(personas.Get("you").Has(BotPermissions.ManageGuild));
    }

    [Fact]
    public void RenderMentions_KnownAndUnknownUsersAndCommands()
    {
        var personas = new ShellPersonas();
        var sakura = personas.Get("Sakura");

        var text = personas.RenderMentions($"<@{sakura.Id}> and <@!{ShellPersonas.AdminId}> beat <@42>; try </trivia start:1234567890>.");

        Assert.Equal("@Sakura and @you beat @member; try /trivia start.", text);
    }
}
