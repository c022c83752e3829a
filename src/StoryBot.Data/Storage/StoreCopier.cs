using System.Collections;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace StoryBot.Data.Storage;

/// <summary>
/// Copies every row of one context's tables into the same context on another store (SQLite → PostgreSQL for the
/// <c>migrate</c> verb), table by table in foreign-key order, ids kept, through EF so each store's value conversions
/// apply (dates, snowflakes, enums). Generated columns (the PostgreSQL search vector) are computed by the target. The
/// target must be migrated and hold none of the rows; identity sequences are moved past the copied ids at the end.
/// </summary>
public static class StoreCopier
{
    private const int BatchSize = 2_000;

    private static readonly MethodInfo CopyTableMethod =
        typeof(StoreCopier).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Rows copied per table, in copy order.</summary>
    public static async Task<IReadOnlyList<(string Table, long Rows)>> CopyAsync<TContext>(
        Func<TContext> source, Func<TContext> target, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var copied = new List<(string, long)>();
        await using TContext model = target();
        foreach (IEntityType entity in InDependencyOrder(model.Model))
        {
            var task = (Task<long>)CopyTableMethod.MakeGenericMethod(typeof(TContext), entity.ClrType)
                .Invoke(null, [source, target, cancellationToken])!;
            copied.Add((entity.GetTableName()!, await task.ConfigureAwait(false)));
        }

        if (model.Database.IsNpgsql())
        {
            foreach (IEntityType entity in model.Model.GetEntityTypes())
            {
                if (entity.FindPrimaryKey()?.Properties is not [{ ValueGenerated: ValueGenerated.OnAdd } key]
                    || (key.ClrType != typeof(int) && key.ClrType != typeof(long)))
                {
                    continue;
                }

                string table = entity.GetTableName()!;
                string column = key.GetColumnName();
                string sql = "SELECT setval(pg_get_serial_sequence('\"" + table + "\"', '" + column + "'), " +
                    "coalesce((SELECT max(\"" + column + "\") FROM \"" + table + "\"), 0) + 1, false)";
                await model.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
            }
        }

        return copied;
    }

    /// <summary>True when none of the context's tables holds a row (the target of a copy must be empty).</summary>
    public static async Task<bool> IsEmptyAsync(DbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (IEntityType entity in context.Model.GetEntityTypes())
        {
            var query = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                .MakeGenericMethod(entity.ClrType).Invoke(context, null)!;
            if (await query.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<long> CopyTableAsync<TContext, TEntity>(Func<TContext> source, Func<TContext> target, CancellationToken cancellationToken)
        where TContext : DbContext
        where TEntity : class
    {
        await using TContext from = source();
        long rows = 0;
        var batch = new List<TEntity>(BatchSize);
        IEntityType entity = from.Model.FindEntityType(typeof(TEntity))!;
        // Every row: the story context's query filters would otherwise keep only the shared library (servers' uploads lost).
        IQueryable<TEntity> query = from.Set<TEntity>().AsNoTracking().IgnoreQueryFilters();
        // In key order where the source can sort the key (SQLite cannot ORDER BY a ulong snowflake: those tables, keyed by a
        // server id, are copied in stored order, which changes nothing for them).
        if (entity.FindPrimaryKey() is { } key && !key.Properties.Any(p => Nullable.GetUnderlyingType(p.ClrType) == typeof(ulong) || p.ClrType == typeof(ulong)))
        {
            query = key.Properties.Aggregate((IOrderedQueryable<TEntity>?)null, (ordered, property) => ordered is null
                ? query.OrderBy(e => EF.Property<object>(e, property.Name))
                : ordered.ThenBy(e => EF.Property<object>(e, property.Name)))!;
        }

        await foreach (TEntity row in query.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ClearNavigations(entity, row);
            MarkUtc(entity, row);
            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                rows += await WriteAsync(target, batch, cancellationToken).ConfigureAwait(false);
            }
        }

        rows += await WriteAsync(target, batch, cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private static async Task<int> WriteAsync<TContext, TEntity>(Func<TContext> target, List<TEntity> batch, CancellationToken cancellationToken)
        where TContext : DbContext
        where TEntity : class
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        await using TContext to = target();
        to.ChangeTracker.AutoDetectChangesEnabled = false;
        to.Set<TEntity>().AddRange(batch);
        await to.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        int count = batch.Count;
        batch.Clear();
        return count;
    }

    /// <summary>Collections left empty by AsNoTracking are fine; a loaded reference would make EF insert it twice.</summary>
    private static void ClearNavigations(IEntityType entity, object row)
    {
        foreach (INavigation navigation in entity.GetNavigations())
        {
            if (navigation.PropertyInfo is { CanWrite: true } property && !navigation.IsCollection)
            {
                property.SetValue(row, null);
            }
            else if (navigation.IsCollection && navigation.PropertyInfo?.GetValue(row) is IList { Count: > 0 } list && !list.IsReadOnly)
            {
                list.Clear();
            }
        }
    }

    /// <summary>StoryBot stores UTC; SQLite hands dates back without a kind, and PostgreSQL takes only UTC ones.</summary>
    private static void MarkUtc(IEntityType entity, object row)
    {
        foreach (IProperty property in entity.GetProperties())
        {
            if (property.PropertyInfo is { CanWrite: true } info && info.GetValue(row) is DateTime { Kind: DateTimeKind.Unspecified } value)
            {
                info.SetValue(row, DateTime.SpecifyKind(value, DateTimeKind.Utc));
            }
        }
    }

    /// <summary>Principals before dependents (foreign keys), so every copied row finds its parent.</summary>
    private static List<IEntityType> InDependencyOrder(IModel model)
    {
        var pending = model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()).ToList();
        var done = new List<IEntityType>();
        while (pending.Count > 0)
        {
            IEntityType next = pending.FirstOrDefault(e => e.GetForeignKeys().All(fk => fk.PrincipalEntityType == e || done.Contains(fk.PrincipalEntityType)))
                ?? pending[0];
            done.Add(next);
            pending.Remove(next);
        }

        return done;
    }
}
