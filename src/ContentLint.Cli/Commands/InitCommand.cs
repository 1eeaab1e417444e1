using System.CommandLine;
using System.Text;
using ContentLint.Files;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint init</c>: write a commented starter <c>.contentlint.yaml</c> in the working folder.</summary>
internal sealed class InitCommand(CommandOutput console)
{
    /// <summary>
    /// The starter configuration: every key, commented, with the defaults it would have. It includes every format the
    /// tool reads and excludes the repository's own documents, which are not articles.
    /// </summary>
    internal static string Starter { get; } =
        $"""
        # yaml-language-server: $schema=https://raw.githubusercontent.com/contentlint/contentlint/main/rules/config.schema.json
        # ContentLint configuration. Files in this folder and below use it; a .contentlint.yaml in a sub-folder
        # adds to it (the nearest setting wins). Remove 'root: true' to also use configuration from folders above.
        root: true

        # Rule packs: builtin:recommended (the built-in rules that are on by default), builtin:all, or folders of
        # your own rule files, relative to this file.
        extends:
          - builtin:recommended
          # - ./house-rules

        # The files 'contentlint' lints when no path is given (every format it reads), and files it never lints:
        # the repository's own documents. Hidden files and what .gitignore and .contentlintignore ignore are left
        # out as well.
        include:
        {string.Join("\n", ArticleFinder.ArticleExtensions.Select(e => $"  - \"**/*{e}\""))}
        exclude:
          - "**/node_modules/**"
          - "README*"
          - "CHANGELOG*"
          - "LICENSE*"
          - "CONTRIBUTING*"
          - ".github/**"

        # The languages of your content (ISO 639-1). Rules for other languages do not run; with one language,
        # it is the language of articles that do not say theirs (front matter 'lang').
        # languages: [en]

        # How files are read. 'encoding' is for files without a byte-order mark: auto (UTF-8, or Windows-1252 for a
        # file that is not valid UTF-8 but reads as Windows-1252), utf-8, windows-1252 or iso-8859-1. Larger files
        # than 'max-file-size' (bytes, or KB/MB/GB; for JSON Lines, each record) are skipped with a CL0009 finding.
        # Past 'max-findings-per-rule' findings of one rule in a document, one CL0010 finding counts the rest.
        # encoding: auto
        # max-file-size: 10MB
        # max-findings-per-rule: 100

        # The fields of JSON Lines records (dots reach into nested objects), and the format of the text field.
        # jsonl:
        #   text: text
        #   title: title
        #   id: id
        #   lang: lang
        #   format: text

        # The baseline 'contentlint' uses without --baseline, and 'contentlint baseline' writes (see the README).
        # baseline: .contentlint-baseline.json

        # Per rule (by id, by name, or category:NAME): a severity (error, warning, info, hidden), off,
        # or a mapping of severity and rule options.
        rules:
          # navigation-label: error
          # category:boilerplate: warning
          # CL3002:
          #   severity: warning
          #   exceptions: ["READ MORE: Editor's note"]

        # Settings for some files only; later entries win.
        overrides:
          # - files: ["archive/**"]
          #   encoding: windows-1252
          #   rules:
          #     duplicate-headline: off
        """;

    public Command Create()
    {
        var command = new Command("init", "write a commented starter .contentlint.yaml in the current folder");
        command.SetAction(_ => Execute());
        return command;
    }

    private int Execute()
    {
        var path = Path.Combine(console.WorkingDirectory, LintSession.ConfigurationFileName);
        if (File.Exists(path))
        {
            console.Error.WriteLine($"contentlint: {LintSession.ConfigurationFileName} already exists; not overwriting it.");
            return ExitCodes.UsageError;
        }

        File.WriteAllText(path, Starter.ReplaceLineEndings("\n") + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        console.Out.WriteLine($"Wrote {LintSession.ConfigurationFileName}. Run 'contentlint' to lint the files it includes.");
        return ExitCodes.Clean;
    }
}
