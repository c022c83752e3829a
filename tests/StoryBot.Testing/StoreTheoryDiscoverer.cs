using Xunit.Abstractions;
using Xunit.Sdk;

namespace StoryBot.Testing;

/// <summary>Discovers <see cref="StoreTheoryAttribute"/> tests: ordinary theories, skipped for PostgreSQL classes without a server.</summary>
public sealed class StoreTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        if (StoreSkip.Reason(testMethod) is { } reason)
        {
            return [new StoreSkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
        }

        return base.Discover(discoveryOptions, testMethod, theoryAttribute);
    }
}
