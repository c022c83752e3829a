using StoryBot.Cli;

return await StoryBotCommandLine.Create().Parse(args).InvokeAsync(StoryBotCommandLine.Invocation);
