using System.Globalization;
using System.Text;
using ContentLint.Configuration;
using ContentLint.Rules;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: repetition</c> — a line or paragraph (per the scope) that repeats an earlier one in the same document,
/// compared without regard to case and spacing. Every repeat after the first is reported, so the fix keeps one.
/// </summary>
internal sealed class RepetitionCheck : YamlRule
{
    private static readonly OptionSpec MinLengthOption = OptionSpec.Integer(
        "min-length", "The shortest text, in characters after normalising, that counts: short lines such as \"Yes.\" may repeat.", 1, 100_000, 20);

    private readonly int minLength;

    private RepetitionCheck(RuleDefinition definition, int minLength)
        : base(definition)
    {
        this.minLength = minLength;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [MinLengthOption];

    internal override IEnumerable<string> ExtraPlaceholders => ["first"];

    public static YamlRule Create(RuleDefinition definition, YamlMap options) =>
        new RepetitionCheck(definition, options.GetInt(MinLengthOption)!.Value);

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in Units(document))
        {
            var key = Normalize(document.GetText(unit));
            if (key.Length < minLength)
            {
                continue;
            }

            if (firstSeen.TryGetValue(key, out var firstLine))
            {
                Report(context, Trim(document, unit), [KeyValuePair.Create("first", firstLine.ToString(CultureInfo.InvariantCulture))]);
            }
            else
            {
                firstSeen[key] = document.Source.GetLinePosition(unit.Start).Line;
            }
        }
    }

    private static string Normalize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
