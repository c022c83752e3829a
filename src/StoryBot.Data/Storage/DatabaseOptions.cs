using System.ComponentModel.DataAnnotations;

namespace StoryBot.Data.Storage;

/// <summary>The <c>Database</c> configuration section: which store the bot uses.</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>, any case.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>The connection string (<c>ConnectionStrings:Stories</c>), filled in by the store, not bound.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Parses a configured provider name; false for anything but <c>Sqlite</c> or <c>Postgres</c> (or <c>PostgreSQL</c>).</summary>
    public static bool TryParse(string? value, out DatabaseProvider provider)
    {
        provider = DatabaseProvider.Sqlite;
        string text = value?.Trim() ?? string.Empty;
        if (text.Length == 0 || text.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || text.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            provider = DatabaseProvider.Postgres;
            return true;
        }

        return false;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TryParse(Provider, out DatabaseProvider provider))
        {
            yield return new ValidationResult(
                $"Database:Provider must be Sqlite or Postgres (it is '{Provider}').", [nameof(Provider)]);
        }
        else if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "ConnectionStrings:Stories must name the PostgreSQL server when Database:Provider is Postgres " +
                "(e.g. Host=localhost;Database=storybot;Username=storybot;Password=…).", [nameof(ConnectionString)]);
        }
    }
}
