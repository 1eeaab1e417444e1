using System.CommandLine;
using System.Globalization;
using System.Text;
using ContentLint.Corpus;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint merge</c>: puts together the reports the shards of a run wrote (<c>--shard K/N</c>), into exactly the
/// report one run over the whole corpus writes; with <c>--format profile</c>, the shards' corpus profiles
/// (<c>contentlint profile --shard K/N</c>) into the profile <c>contentlint profile</c> writes for the whole corpus.
/// </summary>
internal sealed class MergeCommand(CommandOutput console)
{
    /// <summary>The value of <c>--format</c> that merges corpus profiles rather than reports.</summary>
    private const string ProfileFormat = "profile";

    private readonly Argument<string[]> shards = new("shards")
    {
        HelpName = "FILE",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> format = ValueOptions.Choice(
        "--format",
        [.. DiagnosticFormatters.All.Where(f => f.CanMerge).Select(f => f.Name), ProfileFormat],
        "the shards' format (required): a report format, or profile for corpus profiles");

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "write the merged report to FILE instead of standard output (a merged profile: to FILE, default " + CorpusProfile.DefaultFileName + ")",
        HelpName = "FILE",
    };

    private readonly Option<int?> minDocuments = ValueOptions.WholeNumber(
        "--min-documents", 1, "profile: leave out of the merged profile the lines fewer than N documents hold (default 1: keep all)");

    public Command Create()
    {
        var command = new Command("merge", "merge the reports (or corpus profiles) of a run's shards (--shard K/N) into what one run over everything writes");
        command.Arguments.Add(shards);
        format.Aliases.Add("-f");
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(minDocuments);
        command.SetAction(Execute);
        return command;
    }

    private int Execute(ParseResult parsed)
    {
        if (parsed.GetValue(format) is null)
        {
            console.Error.WriteLine("contentlint: merge needs --format: the format the shards' reports (or profiles) are in.");
            return ExitCodes.UsageError;
        }

        var paths = (parsed.GetValue(shards) ?? []).Select(path => Path.GetFullPath(path, console.WorkingDirectory)).ToList();
        if (paths.Count == 0)
        {
            console.Error.WriteLine("contentlint: merge needs the shards' files: contentlint merge --format FORMAT FILE...");
            return ExitCodes.UsageError;
        }

        try
        {
            return parsed.GetValue(format) == ProfileFormat ? MergeProfiles(paths, parsed) : MergeReports(paths, parsed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            console.Error.WriteLine($"contentlint: cannot merge the {(parsed.GetValue(format) == ProfileFormat ? "profiles" : "reports")}: {TextEscaping.Escape(e.Message)}");
            return ExitCodes.UsageError;
        }
    }

    private int MergeReports(List<string> paths, ParseResult parsed)
    {
        if (parsed.GetValue(minDocuments) is not null)
        {
            console.Error.WriteLine("contentlint: --min-documents prunes a merged corpus profile; use it with --format profile.");
            return ExitCodes.UsageError;
        }

        var formatter = DiagnosticFormatters.Find(parsed.GetValue(format)!)!;
        var readers = new List<TextReader>();
        try
        {
            readers.AddRange(paths.Select(path => new StreamReader(path, Encoding.UTF8)));
            if (parsed.GetValue(output) is { } target && target != InputOptions.StandardStream)
            {
                var full = Path.GetFullPath(target, console.WorkingDirectory);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                using var file = new StreamWriter(full, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                formatter.Merge(readers, file);
            }
            else
            {
                formatter.Merge(readers, console.Out);
            }

            return ExitCodes.Clean;
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }

    /// <summary>The shards' profiles added up (they must not be pruned: a pruned shard has lost counts), then pruned as asked.</summary>
    private int MergeProfiles(List<string> paths, ParseResult parsed)
    {
        var profiles = paths.Select(CorpusProfile.Load).ToList();
        if (paths.Zip(profiles).FirstOrDefault(p => p.Second.PrunedBelow > 1) is ({ } pruned, _))
        {
            console.Error.WriteLine($"contentlint: cannot merge the profiles: {console.DisplayPath(pruned)} was pruned (--min-documents), so its counts are incomplete; write the shards' profiles without it and prune when merging.");
            return ExitCodes.UsageError;
        }

        var path = Path.GetFullPath(parsed.GetValue(output) ?? CorpusProfile.DefaultFileName, console.WorkingDirectory);
        var merged = CorpusProfile.Merge(profiles).Pruned(parsed.GetValue(minDocuments) ?? 1);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        merged.Save(path);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {console.DisplayPath(path)}: {merged.Documents:N0} documents, {merged.CountedDocuments:N0} counted (copies once), {merged.Lines:N0} distinct lines, from {profiles.Count} shards."));
        return ExitCodes.Clean;
    }
}
