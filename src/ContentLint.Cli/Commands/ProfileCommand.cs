using System.CommandLine;
using System.Globalization;
using ContentLint.Configuration;
using ContentLint.Corpus;

namespace ContentLint.Cli.Commands;

/// <summary>
/// [i13-corpus] <c>contentlint profile [PATH…]</c>: count the lines of every document of a corpus (copies once) and
/// write the corpus profile that runs over few files (pre-commit, <c>--stdin</c>) read through <c>corpus-profile</c>.
/// Running it again is how the profile is updated.
/// </summary>
internal sealed class ProfileCommand(CommandOutput console)
{
    /// <summary>Where the profile goes when neither <c>--output</c> nor configuration says.</summary>
    public const string DefaultFileName = ".contentlint-corpus-profile";

    private readonly InputOptions inputs = new();
    private readonly RuleSourceOptions ruleSources = new();
    private readonly Option<int> jobs = JobsOption.Create();

    private readonly Option<int> minDocuments = new("--min-documents")
    {
        Description = "Leave out the lines fewer documents hold (default 1: keep all). 2 makes the profile a small fraction of the size; a pruned profile no longer merges exactly with others.",
        HelpName = "N",
        DefaultValueFactory = _ => 1,
    };

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = $"Where to write the profile (default: the configuration's 'corpus-profile', else {DefaultFileName}).",
        HelpName = "FILE",
    };

    public Command Create()
    {
        var command = new Command("profile", "Count the lines the documents share and write the corpus profile that 'corpus-profile' names (the same bytes whatever --jobs).");
        inputs.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(jobs);
        command.Options.Add(minDocuments);
        ruleSources.AddTo(command);
        command.SetAction(Execute);
        return command;
    }

    private int Execute(ParseResult parsed)
    {
        // The profile being written is not read: a missing or stale one must not stop its own update.
        if (ruleSources.CreateResolver(parsed, console, loadCorpusProfile: false) is not { } resolver
            || inputs.Resolve(parsed, console, resolver) is not { } files
            || Configured(resolver) is not { } configured)
        {
            return ExitCodes.UsageError;
        }

        var least = parsed.GetValue(minDocuments);
        if (least < 1)
        {
            console.Error.WriteLine("contentlint: --min-documents must be 1 or more.");
            return ExitCodes.UsageError;
        }

        var path = parsed.GetValue(output) is { } named
            ? Path.GetFullPath(named, console.WorkingDirectory)
            : configured.Path ?? Path.GetFullPath(DefaultFileName, console.WorkingDirectory);
        var corpus = new CorpusEvidenceBuilder();
        corpus.Add(files.SelectMany(f => f.Read()), parsed.GetValue(jobs));
        var evidence = corpus.Build();
        var profile = evidence.Profile.Pruned(least);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Written beside the target and renamed over it: a run reading the old profile never sees half a new one.
            var temporary = path + ".tmp";
            profile.Save(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"contentlint: cannot write the corpus profile {console.DisplayPath(path)}: {e.Message}");
            return ExitCodes.UsageError;
        }

        var size = new FileInfo(path).Length;
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {console.DisplayPath(path)}: {profile.Documents:N0} documents, {profile.CountedDocuments:N0} counted (copies once), {profile.Lines:N0} distinct lines, {size:N0} bytes."));
        return ExitCodes.Clean;
    }

    /// <summary>The profile the working folder's configuration names (its path may be null); null after printing why when the configuration is invalid.</summary>
    private ConfiguredPath? Configured(ConfigResolver resolver)
    {
        try
        {
            return new ConfiguredPath(resolver.ChainFor(console.WorkingDirectory).LastOrDefault(c => c.CorpusProfile is not null)?.CorpusProfile);
        }
        catch (ConfigurationException e)
        {
            RuleSourceOptions.PrintErrors(e.Errors, console);
            return null;
        }
    }

    private sealed record ConfiguredPath(string? Path);
}
