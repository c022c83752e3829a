using System.Globalization;
using Microsoft.Data.Sqlite;

namespace StoryBot.Data.Import;

/// <summary>
/// One table's multi-row <c>INSERT</c> prepared for 32, 16, 8, 4, 2 and 1 rows, so any number of buffered rows goes
/// out in at most six statements (a chapter's last partial batch as well as its full ones). Parameters are positional:
/// row <c>r</c>'s column <c>c</c> is <c>?(r × columns + c + 1)</c>.
/// </summary>
internal sealed class MultiRowInsert : IDisposable
{
    public const int MaxRows = 32;

    private readonly SqliteStatement[] bySize;

    public MultiRowInsert(SqliteConnection connection, string insertPrefix, int columns)
    {
        Columns = columns;
        // bySize[k] inserts 2^k rows: 1, 2, 4, 8, 16, 32.
        bySize = new SqliteStatement[6];
        for (int k = 0; k < bySize.Length; k++)
        {
            int rows = 1 << k;
            bySize[k] = new SqliteStatement(connection, insertPrefix + string.Join(", ", Enumerable.Range(0, rows).Select(Placeholders)));
        }
    }

    public int Columns { get; }

    /// <summary>Binds and runs rows [0, count) in as few statements as their count's binary digits.</summary>
    public void Insert(int count, Action<SqliteStatement, int, int> bindRow)
    {
        int from = 0;
        for (int k = bySize.Length - 1; k >= 0; k--)
        {
            int rows = 1 << k;
            while (count - from >= rows)
            {
                SqliteStatement statement = bySize[k];
                for (int r = 0; r < rows; r++)
                {
                    bindRow(statement, (r * Columns) + 1, from + r);
                }

                statement.Execute();
                from += rows;
            }
        }
    }

    public void Dispose()
    {
        foreach (SqliteStatement statement in bySize)
        {
            statement.Dispose();
        }
    }

    private string Placeholders(int row)
    {
        int first = (row * Columns) + 1;
        return "(" + string.Join(", ", Enumerable.Range(first, Columns).Select(i => "?" + i.ToString(CultureInfo.InvariantCulture))) + ")";
    }
}
