using ContentLint.Fixing;

namespace ContentLint.Tests.Infrastructure;

/// <summary>
/// The built-in rule pack, built once for every test that lints or fixes with it: the linter and the fixer are
/// immutable and thread-safe, so building them again in each test would only repeat the same work.
/// </summary>
internal static class BuiltInPack
{
    public static Linter Linter { get; } = new LinterBuilder().AddBuiltInRules().Build();

    public static Fixer Fixer { get; } = new(Linter);
}
