using Xunit.Abstractions;

namespace StoryBot.Testing;

internal static class StoreSkip
{
    public static string? Reason(ITestMethod testMethod) =>
        typeof(IPostgresTests).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType()) ? PostgresTestServer.SkipReason : null;
}
