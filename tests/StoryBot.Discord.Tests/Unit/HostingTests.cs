using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Hosting;
using StoryBot.Discord.Rest;

namespace StoryBot.Discord.Tests.Unit;

public class HostingTests
{
    [Fact]
    public async Task StartAsync_MissingToken_FailsValidationWithClearMessage()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddDiscordClient(builder.Configuration.GetSection("Discord"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Discord:Token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDiscordClient_BindsOptions()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "abc",
            ["Discord:DevGuildId"] = "123456789012345678",
            ["Discord:ApiBaseUrl"] = "http://127.0.0.1:5055/api/v10",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddDiscordClient(config.GetSection("Discord"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Equal(123456789012345678UL, options.DevGuildId);
        Assert.Equal("http://127.0.0.1:5055/api/v10", options.ApiBaseUrl);
        Assert.NotNull(provider.GetRequiredService<IDiscordRestClient>());
    }
}
