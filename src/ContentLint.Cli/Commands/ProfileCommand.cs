using System.CommandLine;
using System.Globalization;
using ContentLint.Corpus;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint profile [PATH…]</c>: count the lines the documents of a corpus share (copies once) and write the
/// corpus profile that runs over few files (pre-commit, <c>--stdin</c>) read through <c>corpus-profile</c>. Running it
/// again is how the profile is updated.
/// </summary>
internal sealed class ProfileCommand(CommandOutput console)
{
    private readonly InputOptions inputs = new();
    private readonly RuleSourceOptions ruleSources = new();
    private readonly Option<int?> jobs = ValueOptions.WholeNumber("--jobs", 1, "read up to N files at a time (default: the number of cores; the profile is the same)", "-j");
    private readonly Option<Shard?> shard = ValueOptions.Shard("profile only the documents of part K of N, as lint --shard divides the run (copies are found over the whole run); 'contentlint merge --format profile' adds the parts' profiles up to the whole corpus's");

    private readonly Option<int?> minDocuments = ValueOptions.WholeNumber(
        "--min-documents", 1, "leave out the lines fewer than N documents hold (default 1: keep all); 2 makes the profile a small fraction of the size, but a pruned profile no longer merges exactly with others");

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = $"where to write the profile (default: the configuration's 'corpus-profile', else {CorpusProfile.DefaultFileName})",
        HelpName = "FILE",
    };

    public Command Create()
    {
        var command = new Command("profile", "count the lines the documents share and write the corpus profile that 'corpus-profile' names (the same bytes whatever --jobs)");
        inputs.AddPathsTo(command);
        inputs.AddStreamOptionsTo(command);
        command.Options.Add(output);
        command.Options.Add(jobs);
        command.Options.Add(minDocuments);
        command.Options.Add(shard);
        ruleSources.AddTo(command);
        command.SetAction(Execute);
        return command;
    }

    private async Task<int> Execute(ParseResult parsed, CancellationToken cancellationToken)
    {
        var least = parsed.GetValue(minDocuments) ?? 1;
        if (parsed.GetValue(shard) is not null && least > 1)
        {
            console.Error.WriteLine("contentlint: a shard's profile is merged with the others' (contentlint merge --format profile), and a pruned one no longer merges exactly; prune when merging.");
            return ExitCodes.UsageError;
        }

        if (inputs.Apply(parsed, console, new LintSessionOptions { Jobs = parsed.GetValue(jobs) ?? Environment.ProcessorCount, Shard = parsed.GetValue(shard) }) is not { } options)
        {
            return ExitCodes.UsageError;
        }

        var session = new LintSession(ruleSources.Apply(parsed, console, options));
        return await RuleSourceOptions.Run(console, session, async () =>
        {
            var path = parsed.GetValue(output) is { } named
                ? Path.GetFullPath(named, console.WorkingDirectory)
                : session.GetCorpusProfilePath() ?? Path.GetFullPath(CorpusProfile.DefaultFileName, console.WorkingDirectory);
            var progress = console.Progress is { } terminal ? new RunProgress(terminal) : null;
            var profile = (await session.CreateCorpusProfileAsync(progress, cancellationToken)).Pruned(least);
            progress?.Clear();
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                profile.Save(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"contentlint: cannot write the corpus profile {console.DisplayPath(path)}: {e.Message}");
                return ExitCodes.UsageError;
            }

            var size = new FileInfo(path).Length;
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {console.DisplayPath(path)}: {profile.Documents:N0} documents, {profile.CountedDocuments:N0} counted (copies once), {profile.Lines:N0} distinct lines, {size:N0} bytes."));
            return ExitCodes.Clean;
        });
    }
}
