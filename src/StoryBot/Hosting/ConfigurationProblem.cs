using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace StoryBot.Hosting;

/// <summary>
/// Turns a configuration failure at start (a value that does not bind, or an option that fails validation) into one
/// line naming the key and the value given, e.g. "Trivia:QuestionSeconds is 1; it must be between 5 and 300."
/// </summary>
public static partial class ConfigurationProblem
{
    /// <summary>One line per problem, or null when <paramref name="exception"/> is not a configuration problem.</summary>
    public static string? Describe(Exception exception, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(configuration);
        switch (exception)
        {
            case OptionsValidationException validation:
                return string.Join(" ", validation.Failures.Select(failure => DescribeFailure(failure, validation.OptionsType, configuration)));
            case InvalidOperationException when FindBindingError(exception) is { } binding:
                var match = BindingFailure().Match(binding.Message);
                var key = match.Groups["key"].Value;
                var type = match.Groups["type"].Value;
                return string.Create(CultureInfo.InvariantCulture, $"{key} is “{match.Groups["value"].Value}”; it must be {TypeWord(type)}.");
            case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                var lines = aggregate.InnerExceptions.Select(inner => Describe(inner, configuration)).ToList();
                return lines.All(line => line is not null) ? string.Join(" ", lines) : null;
            default:
                return null;
        }
    }

    private static Exception? FindBindingError(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is InvalidOperationException && BindingFailure().IsMatch(current.Message))
            {
                return current;
            }
        }

        return null;
    }

    private static string DescribeFailure(string failure, Type? optionsType, IConfiguration configuration)
    {
        var match = DataAnnotationFailure().Match(failure);
        if (!match.Success)
        {
            return failure;
        }

        var member = match.Groups["member"].Value;
        var key = Section(optionsType) is { } section ? section + ":" + member : member;
        var error = match.Groups["error"].Value;
        var rule = error.StartsWith("The field " + member + " ", StringComparison.Ordinal)
            ? error[("The field " + member + " ").Length..].TrimEnd('.')
            : error.TrimEnd('.');
        var value = configuration[key];
        return value is null
            ? string.Create(CultureInfo.InvariantCulture, $"{key}: {rule}.")
            : string.Create(CultureInfo.InvariantCulture, $"{key} is {value}; it {rule}.");
    }

    /// <summary>The configuration section of an options class (its <c>Section</c> or <c>SectionName</c> constant).</summary>
    private static string? Section(Type? optionsType) =>
        optionsType?.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string
        ?? optionsType?.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string;

    private static string TypeWord(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.UInt64" or "System.Int16" => "a whole number",
        "System.Double" or "System.Single" or "System.Decimal" => "a number",
        "System.Boolean" => "true or false",
        "System.TimeSpan" => "a duration such as 00:00:02.5",
        _ => "a valid " + type[(type.LastIndexOf('.') + 1)..],
    };

    [GeneratedRegex(@"^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex BindingFailure();

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']+' members: '(?<member>[^']+)' with the error: '(?<error>.*)'\.?$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
