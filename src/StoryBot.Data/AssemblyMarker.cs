namespace StoryBot.Data;

internal static class AssemblyMarker;
