using System.Data.Common;

namespace StoryBot.Data.Storage;

/// <summary>
/// Portable raw SQL for both stores: double-quoted identifiers (<c>"Paragraphs"."ChapterId"</c>) and <c>@name</c>
/// parameters mean the same on SQLite and PostgreSQL; the parameter comes from the connection's own provider.
/// </summary>
public static class DbCommandExtensions
{
    public static DbParameter AddParameter(this DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
