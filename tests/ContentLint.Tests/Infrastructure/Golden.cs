using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ContentLint.Tests.Infrastructure;

/// <summary>
/// Snapshot testing with checked-in golden files: <c>Snapshots/NAME.verified.txt</c> holds the accepted output.
/// On a difference the actual output is written next to it as <c>NAME.received.txt</c> and the test fails with a
/// line diff; accept a change by moving the received file over the verified one.
/// </summary>
internal static class Golden
{
    public static void Verify(string name, string actual)
    {
        var verifiedPath = Path.Combine(Repository.SnapshotsFolder, name + ".verified.txt");
        var receivedPath = Path.Combine(Repository.SnapshotsFolder, name + ".received.txt");
        actual = Normalize(actual);
        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        if (expected is null)
        {
            Assert.Fail($"No golden file {verifiedPath}. The output was written to {receivedPath}; review it and rename it to accept it.");
        }

        Assert.Fail($"Output differs from {verifiedPath} (received: {receivedPath}):{Environment.NewLine}{Diff(expected, actual)}");
    }

    /// <summary>Replaces what differs between machines, builds and runs: the tool version, the repository's file URI, JUnit's times.</summary>
    public static string Scrub(string output) => Regex.Replace(
        Regex.Replace(output, " time=\"[0-9.]+\"", " time=\"<seconds>\""),
        " timestamp=\"[0-9T:-]+\"",
        " timestamp=\"<timestamp>\"")
        .Replace(ToolInfo.Version, "<version>", StringComparison.Ordinal)
        .Replace(new Uri(Repository.Root.TrimEnd('/') + "/").AbsoluteUri, "file:///<repository>/", StringComparison.Ordinal);

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var builder = new StringBuilder();
        foreach (var line in diff.Lines.Where(l => l.Type != ChangeType.Unchanged).Take(60))
        {
            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").AppendLine(line.Text);
        }

        return builder.ToString();
    }
}
