using Npgsql;
using NpgsqlTypes;
using StoryBot.Bench.Measurement;

namespace StoryBot.Bench.Suites;

/// <summary>
/// The PostgreSQL import's floor: one binary <c>COPY</c> of the same paragraphs into a table with the product's
/// generated <c>tsvector</c> column (<c>to_tsvector('storybot_search', "Text")</c>) and GIN index, no other tables. Run
/// in a database the product migrated (so the text search configuration is the product's). Client CPU (this process)
/// and server CPU (the backend) are both reported.
/// </summary>
public static class PostgresCopyBaseline
{
    public static async Task CreateAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"""
            DROP TABLE IF EXISTS "BareParagraphs";
            CREATE TABLE "BareParagraphs" (
                "Id" integer NOT NULL,
                "Text" text NOT NULL,
                "SearchVector" tsvector GENERATED ALWAYS AS (to_tsvector('storybot_search'::regconfig, "Text")) STORED);
            CREATE INDEX "IX_BareParagraphs_SearchVector" ON "BareParagraphs" USING GIN ("SearchVector");
            """,
            connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>COPYs <paramref name="paragraphs"/> (ids from <paramref name="firstId"/>) in one transaction.</summary>
    public static async Task<(TimeSpan Wall, TimeSpan Cpu, TimeSpan ServerCpu)> InsertAsync(
        IReadOnlyList<string> paragraphs, int firstId, string connectionString, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        int backend = connection.ProcessID;
        long serverBefore = ServerCpu.Read(backend);
        var clock = CpuClock.Start();
        await using (NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            await using (NpgsqlBinaryImporter copy = await connection.BeginBinaryImportAsync(
                "COPY \"BareParagraphs\" (\"Id\", \"Text\") FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
            {
                int id = firstId;
                foreach (string paragraph in paragraphs)
                {
                    await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(id++, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(paragraph.Contains('\0', StringComparison.Ordinal) ? paragraph.Replace('\0', '\uFFFD') : paragraph, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                }

                await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        TimeSpan wall = clock.Wall;
        TimeSpan cpu = clock.CpuUsed;
        return (wall, cpu, TimeSpan.FromSeconds((ServerCpu.Read(backend) - serverBefore) / 100d));
    }
}
