namespace StoryBot.Discord.Interactions;

internal enum InteractionRouteKind
{
    Command,
    Component,
}
