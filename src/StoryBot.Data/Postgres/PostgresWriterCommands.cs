using Npgsql;

namespace StoryBot.Data.Postgres;

/// <summary>
/// Commands of the PostgreSQL import writer and its parts, in the writer's current transaction: positional parameters,
/// text cleaned for PostgreSQL (<see cref="PostgresText"/>), each statement prepared.
/// </summary>
internal sealed class PostgresWriterCommands(NpgsqlConnection connection, Func<NpgsqlTransaction?> transaction)
{
    public object? Scalar(string sql, params object?[] values)
    {
        using NpgsqlCommand command = Command(sql, values);
        object? value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public int Execute(string sql, params object?[] values)
    {
        using NpgsqlCommand command = Command(sql, values);
        return command.ExecuteNonQuery();
    }

    public NpgsqlCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection, transaction());
        foreach (object? value in values)
        {
            command.Parameters.Add(value is string text ? new NpgsqlParameter { Value = PostgresText.Clean(text) } : new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        // The same few statements run for every file: prepared once per connection (Npgsql keeps them by SQL text and
        // parameter types), the server parses and plans each once instead of once per file.
        command.Prepare();
        return command;
    }
}
