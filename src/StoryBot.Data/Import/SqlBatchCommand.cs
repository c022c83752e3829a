using Microsoft.Data.Sqlite;

namespace StoryBot.Data.Import;

/// <summary>A prepared statement reused for every row of an import: parameters are created once and only rebound.</summary>
internal sealed class SqlBatchCommand : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public SqlBatchCommand(SqliteConnection connection, string sql, params string[] names)
    {
        command = connection.CreateCommand();
        command.CommandText = sql;
        parameters = names.Select(n => command.Parameters.Add(new SqliteParameter(n, null))).ToArray();
    }

    /// <summary>Adds a parameter whose value stays the same for every run (e.g. the library being written).</summary>
    public SqlBatchCommand With(string name, object value)
    {
        command.Parameters.AddWithValue(name, value);
        return this;
    }

    public SqliteTransaction? Transaction
    {
        set => command.Transaction = value;
    }

    public int Execute(params object?[] values)
    {
        Bind(values);
        return command.ExecuteNonQuery();
    }

    public object? Scalar(params object?[] values)
    {
        Bind(values);
        return command.ExecuteScalar();
    }

    public SqliteDataReader Reader(params object?[] values)
    {
        Bind(values);
        return command.ExecuteReader();
    }

    public void Dispose() => command.Dispose();

    private void Bind(object?[] values)
    {
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
