using Xunit.Abstractions;
using Xunit.Sdk;

namespace StoryBot.Testing;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests: ordinary facts, skipped for PostgreSQL classes without a server.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        if (StoreSkip.Reason(testMethod) is { } reason)
        {
            return [new StoreSkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
        }

        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
