using System.Collections.Immutable;
using ContentLint.Diagnostics;
using ContentLint.Documents;

namespace ContentLint.Fixing;

/// <summary>
/// Applies the fixes a <see cref="Linter"/>'s rules offer: lint, merge the fixes into edits that never overlap,
/// apply them, tidy the blank lines the deletions leave, and lint again until nothing fixable is left (at most
/// <see cref="FixOptions.MaxPasses"/> passes). Only text a finding covers is removed or rewritten, plus the blank
/// lines that separated removed lines from the rest. Only safe fixes unless <see cref="FixOptions.Unsafe"/> says
/// otherwise, and never one that would change the Markdown structure around it (<see cref="FixResult.Withheld"/>).
/// Immutable and thread-safe, like the linter.
/// </summary>
public sealed class Fixer
{
    private readonly Linter linter;
    private readonly FixOptions options;
    private readonly HashSet<string>? selectedIds;

    /// <summary>Creates a fixer for the rules of <paramref name="linter"/>.</summary>
    /// <exception cref="ArgumentException"><see cref="FixOptions.Rules"/> names a rule the linter does not run, or <see cref="FixOptions.MaxPasses"/> is below 1.</exception>
    public Fixer(Linter linter, FixOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(linter);
        options ??= FixOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxPasses, 1, nameof(options));
        this.linter = linter;
        this.options = options;
        if (options.Rules is { } wantedRules)
        {
            selectedIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var wanted in wantedRules)
            {
                var rule = linter.Rules.FirstOrDefault(r => r.Descriptor.Id == wanted || r.Descriptor.Name == wanted)
                    ?? throw new ArgumentException($"No rule has the id or name '{wanted}'.", nameof(options));
                selectedIds.Add(rule.Descriptor.Id);
            }
        }
    }

    /// <summary>The linter whose rules find what to fix.</summary>
    public Linter Linter => linter;

    /// <summary>Fixes a text.</summary>
    /// <param name="text">The article.</param>
    /// <param name="documentOptions">Its path, format, title and language, as for <see cref="Linter.Lint(string, DocumentOptions?, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public FixResult Fix(string text, DocumentOptions? documentOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var applied = ImmutableArray.CreateBuilder<AppliedFix>();
        var current = text;
        var document = Document.Parse(current, documentOptions);
        var diagnostics = linter.LintAll(document, cancellationToken);
        var found = diagnostics;
        var passes = 0;
        var withheld = new List<WithheldFix>();
        while (true)
        {
            withheld.Clear();
            var fixable = StructureGuard.Filter(document, diagnostics.Where(IsFixable).ToList(), EndsWithLineBreak(current), withheld);
            if (fixable.Count == 0)
            {
                break;
            }

            if (passes == options.MaxPasses)
            {
                return new FixResult(text, current, found, applied.ToImmutable(), diagnostics, passes) { ReachedPassLimit = true, Withheld = [.. withheld] };
            }

            var plan = EditPlan.Create(document.Source, fixable);
            var next = BlankLineTidy.Tidy(plan.Apply(), EndsWithLineBreak(current)).Text;
            if (plan.Applied.IsEmpty || string.Equals(next, current, StringComparison.Ordinal))
            {
                // The fixes change nothing: applying them again would not either.
                break;
            }

            passes++;
            applied.AddRange(plan.Applied.Select(d => new AppliedFix(passes, d)));
            current = next;
            document = Document.Parse(current, documentOptions);
            diagnostics = linter.LintAll(document, cancellationToken);
        }

        return new FixResult(text, current, found, applied.ToImmutable(), diagnostics, passes) { Withheld = [.. withheld] };
    }

    /// <summary>
    /// True when the fixer would apply <paramref name="diagnostic"/>'s fix: it has one, from a selected rule, and it is
    /// safe or <see cref="FixOptions.Unsafe"/> allows it.
    /// </summary>
    public bool IsFixable(Finding diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Fix is { Edits.Count: > 0 } fix
            && (fix.Applicability == FixApplicability.Safe || options.Unsafe)
            && Fixes(diagnostic.Id);
    }

    /// <summary>True when the fixes of the rule <paramref name="id"/> are among those the fixer applies (<see cref="FixOptions.Rules"/>).</summary>
    internal bool Fixes(string id) => selectedIds is null || selectedIds.Contains(id);

    private static bool EndsWithLineBreak(string text) => text.Length > 0 && text[^1] is '\n' or '\r';
}
