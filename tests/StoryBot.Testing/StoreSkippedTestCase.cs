using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace StoryBot.Testing;

/// <summary>A test case reported as skipped with a reason decided at discovery (no PostgreSQL server here).</summary>
public sealed class StoreSkippedTestCase : XunitTestCase
{
    private string reason = string.Empty;

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreSkippedTestCase()
    {
    }

    public StoreSkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod, string reason)
        : base(sink, display, options, testMethod)
    {
        this.reason = reason;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        base.Serialize(data);
        data.AddValue("StoreSkipReason", reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        reason = data.GetValue<string>("StoreSkipReason");
        base.Deserialize(data);
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => reason;
}
