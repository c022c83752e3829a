namespace StoryBot.Testing;

/// <summary>Marks a test class that runs against PostgreSQL: its <see cref="StoreFactAttribute"/> tests skip (visibly) without a server outside CI.</summary>
public interface IPostgresTests;
