using Microsoft.EntityFrameworkCore;

namespace StoryBot.Data.Libraries;

/// <summary>
/// Resolves an interaction's <see cref="LibraryScope"/> once, from its server (null in a DM) and that server's
/// "shared library hidden" setting, and sets it on the scope's <see cref="StoryDbContext"/> so every query after it
/// sees only what that server may see.
/// </summary>
public sealed class LibraryScopeResolver(StoryDbContext db)
{
    public async Task<LibraryScope> ResolveAsync(ulong? guildId, CancellationToken cancellationToken)
    {
        var scope = LibraryScope.SharedOnly;
        if (guildId is { } guild)
        {
            bool hide = await db.GuildLibraries.AsNoTracking()
                .Where(l => l.GuildId == guild)
                .Select(l => l.HideShared)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            scope = LibraryScope.For(guild, hide);
        }

        db.UseLibrary(scope);
        return scope;
    }
}
