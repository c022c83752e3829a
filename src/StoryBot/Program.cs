using StoryBot.Cli;

return await StoryBotCommandLine.Parse(args).InvokeAsync(StoryBotCommandLine.Invocation);
