namespace StoryBot.Discord;

internal static class AssemblyMarker;
