using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Data.Postgres;

namespace StoryBot.Data.Storage;

/// <summary>
/// Registers a context that has a SQLite model (<typeparamref name="TContext"/>, its migrations beside it) and a
/// PostgreSQL subclass (<typeparamref name="TPostgres"/>, its own migrations): the provider is chosen from
/// <c>Database:Provider</c> when the services are built, and consumers always ask for <typeparamref name="TContext"/>.
/// The connection string is the story store's (<see cref="StoreConnection"/>): one database for every context.
/// </summary>
public static class StoreContextRegistration
{
    /// <summary><see cref="IDbContextFactory{TContext}"/> on the configured store, with the context's own history table.</summary>
    public static IServiceCollection AddStoreDbContextFactory<TContext, TPostgres>(
        this IServiceCollection services, IConfiguration configuration, string historyTable)
        where TContext : DbContext
        where TPostgres : TContext
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (StoreConnection.From(configuration).IsPostgres)
        {
            services.AddDbContextFactory<TPostgres>((provider, options) => options.UseStore(Store(provider, configuration), historyTable, provider.GetService<PostgresDataSources>()));
            services.AddSingleton<IDbContextFactory<TContext>>(provider =>
                new DerivedContextFactory<TContext, TPostgres>(provider.GetRequiredService<IDbContextFactory<TPostgres>>()));
        }
        else
        {
            services.AddDbContextFactory<TContext>((provider, options) => options.UseStore(Store(provider, configuration), historyTable, provider.GetService<PostgresDataSources>()));
        }

        return services;
    }

    /// <summary>A scoped <typeparamref name="TContext"/> on the configured store, with the context's own history table.</summary>
    public static IServiceCollection AddStoreDbContext<TContext, TPostgres>(
        this IServiceCollection services, IConfiguration configuration, string historyTable)
        where TContext : DbContext
        where TPostgres : TContext
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (StoreConnection.From(configuration).IsPostgres)
        {
            services.AddDbContext<TPostgres>((provider, options) => options.UseStore(Store(provider, configuration), historyTable, provider.GetService<PostgresDataSources>()));
            services.AddScoped<TContext>(provider => provider.GetRequiredService<TPostgres>());
        }
        else
        {
            services.AddDbContext<TContext>((provider, options) => options.UseStore(Store(provider, configuration), historyTable, provider.GetService<PostgresDataSources>()));
        }

        return services;
    }

    private static StoreConnection Store(IServiceProvider provider, IConfiguration configuration) =>
        provider.GetService<StoreConnection>() ?? StoreConnection.From(configuration);

    private sealed class DerivedContextFactory<TContext, TPostgres>(IDbContextFactory<TPostgres> inner) : IDbContextFactory<TContext>
        where TContext : DbContext
        where TPostgres : TContext
    {
        public TContext CreateDbContext() => inner.CreateDbContext();
    }
}
