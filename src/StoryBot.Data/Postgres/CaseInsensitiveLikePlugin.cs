using Microsoft.EntityFrameworkCore.Query;

namespace StoryBot.Data.Postgres;

/// <summary>Registers <see cref="CaseInsensitiveLikeTranslator"/> ahead of the provider's own translators.</summary>
internal sealed class CaseInsensitiveLikePlugin(ISqlExpressionFactory sql) : IMethodCallTranslatorPlugin
{
    public IEnumerable<IMethodCallTranslator> Translators { get; } = [new CaseInsensitiveLikeTranslator(sql)];
}
