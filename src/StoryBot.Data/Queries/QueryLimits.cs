namespace StoryBot.Data.Queries;

internal static class QueryLimits
{
    /// <summary>Discord shows at most 25 autocomplete choices, each name at most 100 characters.</summary>
    public const int Autocomplete = 25;

    public const int AutocompleteNameLength = 100;

    public const int MaxPageSize = 100;

    public static string Clip(string text) =>
        text.Length <= AutocompleteNameLength ? text : string.Concat(text.AsSpan(0, AutocompleteNameLength - 1), "…");
}
