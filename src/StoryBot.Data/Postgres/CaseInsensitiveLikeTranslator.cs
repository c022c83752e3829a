using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace StoryBot.Data.Postgres;

/// <summary>
/// <c>EF.Functions.Like</c> is case-insensitive on SQLite (ASCII) and case-sensitive on PostgreSQL. The queries are
/// written once, so on PostgreSQL it is translated as <c>lower(match) LIKE lower(pattern)</c>: "naruto" finds "Naruto"
/// on both stores.
/// </summary>
internal sealed class CaseInsensitiveLikeTranslator(ISqlExpressionFactory sql) : IMethodCallTranslator
{
    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetRuntimeMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;

    private static readonly MethodInfo LikeWithEscape = typeof(DbFunctionsExtensions).GetRuntimeMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    public SqlExpression? Translate(
        SqlExpression? instance, MethodInfo method, IReadOnlyList<SqlExpression> arguments, IDiagnosticsLogger<DbLoggerCategory.Query> logger)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(arguments);
        if (method != Like && method != LikeWithEscape)
        {
            return null;
        }

        SqlExpression match = arguments[1];
        SqlExpression pattern = arguments[2];
        SqlExpression? escape = method == LikeWithEscape ? arguments[3] : null;
        var mapping = escape is null ? ExpressionExtensions.InferTypeMapping(match, pattern) : ExpressionExtensions.InferTypeMapping(match, pattern, escape);
        return sql.Like(
            Lower(sql.ApplyTypeMapping(match, mapping)),
            Lower(sql.ApplyTypeMapping(pattern, mapping)),
            escape is null ? null : sql.ApplyTypeMapping(escape, mapping));
    }

    private SqlExpression Lower(SqlExpression value) =>
        sql.Function("lower", [value], nullable: true, argumentsPropagateNullability: [true], typeof(string), value.TypeMapping);
}
