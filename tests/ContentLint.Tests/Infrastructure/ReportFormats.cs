using ContentLint.Formatting;

namespace ContentLint.Tests.Infrastructure;

/// <summary>Every report format, for theories that give each one a golden file: a new format gets one by being registered.</summary>
public static class ReportFormats
{
    public static TheoryData<string> Names => [.. DiagnosticFormatters.Names];
}
