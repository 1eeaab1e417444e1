using System.Collections.Concurrent;
using ContentLint.Checks;
using ContentLint.Files;
using ContentLint.Rules;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ContentLint.Configuration;

/// <summary>What a run asks of configuration besides the files themselves (the command line's rule options).</summary>
internal sealed record ConfigResolverOptions
{
    /// <summary>A configuration file to use for every file instead of searching (<c>--config</c>).</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Rule folders added to whatever configuration says (<c>--rules</c>).</summary>
    public IReadOnlyList<string> RuleFolders { get; init; } = [];

    /// <summary>True to leave the built-in rules out whatever configuration says (<c>--no-builtin</c>).</summary>
    public bool NoBuiltIn { get; init; }

    /// <summary>Rules written in C#, added to every linter after the rule packs.</summary>
    public IReadOnlyList<IRule> Rules { get; init; } = [];
}

/// <summary>
/// Finds the configuration of each file — every <c>.contentlint.yaml</c> from its folder up to one with
/// <c>root: true</c>, the nearest winning — and builds the <see cref="Linter"/> it calls for. Linters, files and
/// rule folders are cached, so a run over many files parses each configuration and rule pack once.
/// Thread-safe.
/// </summary>
internal sealed class ConfigResolver
{
    private readonly ConfigResolverOptions options;
    private readonly ConcurrentDictionary<string, Lazy<(ContentLintConfig? Config, IReadOnlyList<ConfigurationError> Errors)>> configs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<ContentLintConfig>> chains = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<(IReadOnlyList<YamlRule> Rules, IReadOnlyList<ConfigurationError> Errors)>> folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<(Linter? Linter, IReadOnlyList<ConfigurationError> Errors)>> linters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<IReadOnlyList<string>, Matcher> matchers = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a resolver.</summary>
    public ConfigResolver(ConfigResolverOptions? options = null)
    {
        this.options = options ?? new ConfigResolverOptions();
    }

    /// <summary>The configuration files that apply to files in <paramref name="directory"/>, farthest first.</summary>
    /// <exception cref="ConfigurationException">One of them is invalid.</exception>
    public IReadOnlyList<ContentLintConfig> ChainFor(string directory)
    {
        var full = Path.GetFullPath(directory);
        return chains.GetOrAdd(full, FindChain);
    }

    /// <summary>The linter for <paramref name="filePath"/>: its rule packs, settings and overrides.</summary>
    /// <exception cref="ConfigurationException">Its configuration or one of its rule packs is invalid.</exception>
    public Linter LinterFor(string filePath)
    {
        var full = Path.GetFullPath(filePath);
        var chain = ChainFor(Path.GetDirectoryName(full)!);
        // Files with the same chain and the same matching overrides share one linter.
        var overrides = chain.Select(config => config.Overrides.Select((o, index) => Matches(config.Directory, o.Files, full) ? index : -1).Where(i => i >= 0)).ToList();
        var key = string.Join("|", chain.Select((config, i) => config.Path + ":" + string.Join(",", overrides[i])));
        var (linter, errors) = linters.GetOrAdd(key, _ => new Lazy<(Linter?, IReadOnlyList<ConfigurationError>)>(() => Build(chain, overrides))).Value;
        return linter ?? throw new ConfigurationException(errors);
    }

    /// <summary>The overrides that apply to <paramref name="filePath"/>, in the order they apply (the last wins).</summary>
    public IReadOnlyList<ConfigOverride> MatchingOverrides(string filePath)
    {
        var full = Path.GetFullPath(filePath);
        return [.. ChainFor(Path.GetDirectoryName(full)!).SelectMany(config => config.Overrides.Where(o => Matches(config.Directory, o.Files, full)))];
    }

    /// <summary>True when an <c>exclude</c> glob of the file's configuration matches it.</summary>
    public bool IsExcluded(string filePath)
    {
        var full = Path.GetFullPath(filePath);
        return ChainFor(Path.GetDirectoryName(full)!).Any(config => Matches(config.Directory, config.Exclude, full));
    }

    /// <summary>The configuration file and the <c>exclude</c> glob in it that leave the file out; null when none does.</summary>
    public (string ConfigPath, string Glob)? FindExclusion(string filePath)
    {
        var full = Path.GetFullPath(filePath);
        foreach (var config in ChainFor(Path.GetDirectoryName(full)!).Where(config => Matches(config.Directory, config.Exclude, full)))
        {
            // The list matched as a whole; naming the glob that did is worth a matcher per glob for a named file.
            var glob = config.Exclude.First(g => new Matcher(StringComparison.Ordinal).AddInclude(g).Match(config.Directory, full).HasMatches);
            return (config.Path, glob);
        }

        return null;
    }

    /// <summary>The nearest configuration with <c>include</c> globs for a run started in <paramref name="directory"/>, if any.</summary>
    public ContentLintConfig? IncludingConfig(string directory) =>
        ChainFor(directory).LastOrDefault(config => config.Include.Count > 0);

    private IReadOnlyList<ContentLintConfig> FindChain(string directory)
    {
        if (options.ConfigPath is { } explicitPath)
        {
            return [Load(Path.GetFullPath(explicitPath))];
        }

        var chain = new List<ContentLintConfig>();
        for (var folder = new DirectoryInfo(directory); folder is not null; folder = folder.Parent)
        {
            var file = ContentLintConfig.FileNames.Select(name => Path.Combine(folder.FullName, name)).FirstOrDefault(File.Exists);
            if (file is null)
            {
                continue;
            }

            var config = Load(file);
            chain.Insert(0, config);
            if (config.IsRoot)
            {
                break;
            }
        }

        return chain;
    }

    private ContentLintConfig Load(string path)
    {
        var (config, errors) = configs.GetOrAdd(path, p => new Lazy<(ContentLintConfig?, IReadOnlyList<ConfigurationError>)>(() =>
        {
            var found = new List<ConfigurationError>();
            var loaded = ContentLintConfig.Load(p, found);
            return (loaded, found);
        })).Value;
        return config ?? throw new ConfigurationException(errors);
    }

    private (Linter?, IReadOnlyList<ConfigurationError>) Build(IReadOnlyList<ContentLintConfig> chain, List<IEnumerable<int>> overrides)
    {
        var builder = new LinterBuilder();
        var errors = new List<ConfigurationError>();
        var packs = chain.SelectMany(c => c.Extends).ToList();
        var builtIn = packs.Count == 0 || packs.Any(p => p.StartsWith("builtin:", StringComparison.Ordinal));
        if (builtIn && !options.NoBuiltIn)
        {
            builder.AddBuiltInRules();
            if (packs.Contains(ContentLintConfig.BuiltInAll))
            {
                builder.EnableRulesOffByDefault();
            }
        }

        foreach (var folder in packs.Where(p => !p.StartsWith("builtin:", StringComparison.Ordinal)).Concat(options.RuleFolders.Select(f => Path.GetFullPath(f))).Distinct())
        {
            var (rules, folderErrors) = LoadFolder(folder);
            errors.AddRange(folderErrors);
            foreach (var rule in rules)
            {
                builder.AddRule(rule);
            }
        }

        foreach (var rule in options.Rules)
        {
            builder.AddRule(rule);
        }

        for (var i = 0; i < chain.Count; i++)
        {
            builder.Apply(chain[i].Rules);
            var matching = overrides[i].ToHashSet();
            for (var index = 0; index < chain[i].Overrides.Count; index++)
            {
                if (matching.Contains(index))
                {
                    builder.Apply(chain[i].Overrides[index].Rules);
                }
                else
                {
                    builder.Check(chain[i].Overrides[index].Rules);
                }
            }
        }

        if (chain.LastOrDefault(c => c.Languages.Count > 0) is { } withLanguages)
        {
            builder.SetLanguages(withLanguages.Languages);
        }

        // The nearest configuration that sets a reading limit wins; an override's encoding wins over its file's.
        if (chain.LastOrDefault(c => c.MaxFileSize is not null) is { MaxFileSize: { } maxFileSize })
        {
            builder.SetMaxFileSize(maxFileSize);
        }

        if (chain.LastOrDefault(c => c.JsonLines is not null) is { JsonLines: { } jsonLines })
        {
            builder.SetJsonLines(jsonLines);
        }

        if (chain.LastOrDefault(c => c.MaxFindingsPerRule is not null) is { MaxFindingsPerRule: { } maxFindings })
        {
            builder.SetMaxFindingsPerRule(maxFindings);
        }

        if (chain.LastOrDefault(c => c.CorpusProfile is not null) is { CorpusProfile: { } profile })
        {
            builder.SetConfiguredCorpusProfile(profile);
        }

        var encodings = chain.SelectMany((config, i) => overrides[i].Select(index => config.Overrides[index].Encoding).Prepend(config.Encoding));
        if (encodings.LastOrDefault(e => e is not null) is { } encoding)
        {
            builder.SetEncoding(TextEncodings.FromName(encoding));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        try
        {
            return (builder.Build(), []);
        }
        catch (ConfigurationException e)
        {
            return (null, e.Errors);
        }
    }

    private (IReadOnlyList<YamlRule>, IReadOnlyList<ConfigurationError>) LoadFolder(string folder) =>
        folders.GetOrAdd(folder, f => new Lazy<(IReadOnlyList<YamlRule>, IReadOnlyList<ConfigurationError>)>(() =>
        {
            var errors = new List<ConfigurationError>();
            if (!Directory.Exists(f))
            {
                errors.Add(new ConfigurationError(ConfigurationErrorIds.Unreadable, new SourceLocation(f, 1, 1), "The rule folder does not exist."));
                return ([], errors);
            }

            var rules = RuleLoader.FindRuleFiles(f).Select(file => RuleLoader.LoadFile(file, errors)).OfType<YamlRule>().ToList();
            return (rules, errors);
        })).Value;

    private bool Matches(string root, IReadOnlyList<string> globs, string fullPath)
    {
        if (globs.Count == 0)
        {
            return false;
        }

        // A glob list belongs to a cached configuration: its matcher is built once, not once per file.
        var matcher = matchers.GetOrAdd(globs, list =>
        {
            var built = new Matcher(StringComparison.Ordinal);
            built.AddIncludePatterns(list);
            return built;
        });
        return matcher.Match(root, fullPath).HasMatches;
    }
}
