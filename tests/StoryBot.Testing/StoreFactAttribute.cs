using Xunit;
using Xunit.Sdk;

namespace StoryBot.Testing;

/// <summary>
/// A <see cref="FactAttribute"/> for tests written once for both stores (in an abstract class with one subclass per
/// store): in a class marked <see cref="IPostgresTests"/> it is skipped, with the reason shown, when no PostgreSQL
/// server is configured and CI does not require one.
/// </summary>
[XunitTestCaseDiscoverer("StoryBot.Testing.StoreFactDiscoverer", "StoryBot.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
