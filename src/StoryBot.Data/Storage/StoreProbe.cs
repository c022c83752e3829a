using Microsoft.EntityFrameworkCore;

namespace StoryBot.Data.Storage;

/// <summary>Checks that the store answers a real query on its own schema (health checks).</summary>
public sealed class StoreProbe(IDbContextFactory<StoryDbContext> contexts)
{
    /// <summary>Throws when the store cannot be reached or queried.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        _ = await db.StoreFlags.AsNoTracking().AnyAsync(cancellationToken).ConfigureAwait(false);
    }
}
