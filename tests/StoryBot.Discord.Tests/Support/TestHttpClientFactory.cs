namespace StoryBot.Discord.Tests.Support;

internal sealed class TestHttpClientFactory(Func<HttpClient> create) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => create();
}
