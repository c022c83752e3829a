using Xunit;
using Xunit.Sdk;

namespace StoryBot.Testing;

/// <summary>The <see cref="TheoryAttribute"/> counterpart of <see cref="StoreFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("StoryBot.Testing.StoreTheoryDiscoverer", "StoryBot.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreTheoryAttribute : TheoryAttribute;
