using StoryBot.Discord.Gateway;
using StoryBot.Discord.Hosting;

namespace StoryBot.Discord.Tests.Integration;

internal sealed class RecordingFatalSink : IFatalErrorSink
{
    public TaskCompletionSource<DiscordGatewayException> Fatal { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void OnFatal(DiscordGatewayException error) => Fatal.TrySetResult(error);
}
