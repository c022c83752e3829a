namespace StoryBot.Discord.Messages;

/// <summary>Discord's message limits (message.mdx / embed limits; component reference).</summary>
public static class DiscordLimits
{
    /// <summary>Message content.</summary>
    public const int Content = 2000;
    /// <summary>Embeds per message.</summary>
    public const int Embeds = 10;
    /// <summary>Embed title.</summary>
    public const int EmbedTitle = 256;
    /// <summary>Embed description.</summary>
    public const int EmbedDescription = 4096;
    /// <summary>Fields per embed.</summary>
    public const int EmbedFields = 25;
    /// <summary>Field name.</summary>
    public const int FieldName = 256;
    /// <summary>Field value.</summary>
    public const int FieldValue = 1024;
    /// <summary>Footer text.</summary>
    public const int FooterText = 2048;
    /// <summary>Author name.</summary>
    public const int AuthorName = 256;
    /// <summary>Sum of title, description, field names and values, footer text and author name over all embeds.</summary>
    public const int EmbedTotal = 6000;
    /// <summary>Buttons per action row.</summary>
    public const int ButtonsPerRow = 5;
    /// <summary>Action rows per message.</summary>
    public const int ActionRows = 5;
    /// <summary>Button label.</summary>
    public const int ButtonLabel = 80;
    /// <summary>Component custom_id.</summary>
    public const int CustomId = 100;
    /// <summary>Autocomplete choices per response.</summary>
    public const int AutocompleteChoices = 25;
    /// <summary>Autocomplete choice name and value.</summary>
    public const int ChoiceName = 100;
}
