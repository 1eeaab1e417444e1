using ContentLint.Configuration;
using ContentLint.Diagnostics;
using Microsoft.Build.Framework;

namespace ContentLint.MSBuild;

/// <summary>
/// Lints a project's content files in the build, in-process on the ContentLint library: every finding becomes an
/// MSBuild error, warning or message with its file, line and column, as a compiler's would, so IDEs and CI problem
/// matchers link to it and an error fails the build. Configuration is found as the tool finds it (the
/// <c>.contentlint.yaml</c> files above each file, their rule packs and baseline).
/// </summary>
public sealed class LintContent : Microsoft.Build.Utilities.Task
{
    /// <summary>The files to lint (<c>@(ContentLintFile)</c>).</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The project's folder: relative paths in configuration start from it.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary>One configuration file for every file, instead of the <c>.contentlint.yaml</c> files above each one.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>Reports warnings as errors (the project's <c>TreatWarningsAsErrors</c>).</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        if (Files.Length == 0)
        {
            return true;
        }

        var session = new LintSession(new LintSessionOptions
        {
            Paths = [.. Files.Select(f => f.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal)],
            WorkingDirectory = ProjectDirectory,
            ConfigFile = string.IsNullOrEmpty(ConfigFile) ? null : ConfigFile,
        });
        try
        {
            foreach (var missing in session.MissingPaths)
            {
                Log.LogWarning(null, "CL0001", null, missing, 0, 0, 0, 0, "The content file does not exist.");
            }

            foreach (var file in session.LintAsync().ToBlockingEnumerable())
            {
                foreach (var finding in file.Diagnostics)
                {
                    Report(Path.GetFullPath(finding.Path, ProjectDirectory), finding);
                }
            }
        }
        catch (ConfigurationException e)
        {
            foreach (var error in e.Errors.Distinct())
            {
                Log.LogError(null, error.Id, null, error.Location.Path, error.Location.Line, error.Location.Column, 0, 0, error.Message);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // The baseline the configuration names cannot be read.
            Log.LogError(null, "CL0006", null, session.GetBaselinePath(), 0, 0, 0, 0, $"Cannot read the baseline: {e.Message}");
        }

        return !Log.HasLoggedErrors;
    }

    private void Report(string path, Finding finding)
    {
        // A finding in a JSON Lines record is located at the record's line; its place inside the text is in the message.
        var (start, end) = finding.Record is { } record
            ? ((Line: record.Line, Column: 0), (Line: record.Line, Column: 0))
            : ((finding.Location.Start.Line, finding.Location.Start.Column), (finding.Location.End.Line, finding.Location.End.Column));
        var where = finding.Record?.Describe(finding.Location) is { Length: > 0 } inRecord ? $" (in {inRecord})" : "";
        var message = $"{finding.Message}{where} [{finding.Descriptor.Name}]";
        var help = finding.Descriptor.HelpLink?.AbsoluteUri;
        switch (finding.Severity)
        {
            case Severity.Error:
            case Severity.Warning when TreatWarningsAsErrors:
                Log.LogError(null, finding.Id, null, help, path, start.Line, start.Column, end.Line, end.Column, message);
                break;
            case Severity.Warning:
                Log.LogWarning(null, finding.Id, null, help, path, start.Line, start.Column, end.Line, end.Column, message);
                break;
            case Severity.Info:
                Log.LogMessage(null, finding.Id, null, path, start.Line, start.Column, end.Line, end.Column, MessageImportance.Normal, message);
                break;
        }
    }
}
