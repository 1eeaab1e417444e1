using System.Text;
using ContentLint.Configuration;
using ContentLint.Files;
using ContentLint.Formatting;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Robustness;

/// <summary>Whatever a scraped corpus holds — binary blobs, broken or legacy encodings, huge or empty files, odd paths — a run reads it or says why not, and goes on.</summary>
public sealed class HostileInputTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private const string Junk = "You May Also Like";

    [Fact]
    public void A_binary_file_is_skipped_with_an_info_finding_and_the_other_files_are_linted()
    {
        using var temp = new TempFolder();
        // A PNG saved as .txt: its header has NUL bytes.
        temp.Write("image.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R']);
        temp.Write("article.txt", $"Title\n\nBody.\n\n{Junk}\n");

        var run = CliRunner.Run(temp.Path, ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "article.txt(5,1,5,18): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget] (safe fix)",
                "image.txt(1,1,1,1): info CL0007: File skipped: it looks binary (a NUL byte at offset 8) [binary-file]",
            ],
            run.Output.Split('\n').Where(line => line.Contains(": ", StringComparison.Ordinal) && line.Contains('[', StringComparison.Ordinal)));
    }

    [Fact]
    public void Json_lines_with_invalid_utf8_are_linted_with_one_finding_and_a_binary_json_lines_file_is_skipped()
    {
        using var temp = new TempFolder();
        byte[] Record(string id) => [.. Encoding.UTF8.GetBytes($"{{\"id\":\"{id}\",\"text\":\"Caf"), 0xE9, .. Encoding.UTF8.GetBytes($" text\\n\\n{Junk}\\n\"}}\n")];
        temp.Write("corpus.jsonl", [.. Record("a"), .. Record("b")]);
        temp.Write("blob.jsonl", [(byte)'{', 0, 0, 0, 0x1F, 0x8B]);

        var run = CliRunner.Run(temp.Path, ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "blob.jsonl(1,1,1,1): info CL0007: File skipped: it looks binary (a NUL byte at offset 1) [binary-file]",
                "corpus.jsonl(1): warning CL0008: The file is not valid UTF-8: the byte at offset 21 (0xE9) and any other invalid bytes are read as U+FFFD [invalid-utf8] in record 'a' at text(1,1,1,1)",
                "corpus.jsonl(1): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget] in record 'a' at text(3,1,3,18) (safe fix)",
                "corpus.jsonl(2): info CL4006: Copy of corpus.jsonl, record 'a': 1 of the shorter one's 1 lines are in both [duplicate-document] in record 'b'",
                "corpus.jsonl(2): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget] in record 'b' at text(3,1,3,18) (safe fix)",
            ],
            run.Output.Split('\n').Where(line => line.Contains(" CL", StringComparison.Ordinal) && !line.Contains("CL1005", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_nul_byte_after_the_first_8000_bytes_does_not_make_a_file_binary()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.txt", [.. Encoding.UTF8.GetBytes("Title\n\n" + new string('x', 8000) + "\n"), 0, .. Encoding.UTF8.GetBytes($"\n\n{Junk}\n")]);

        var result = BuiltInPack.Linter.LintFile(path, "a.txt");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CL0007");
        Assert.Contains(result.Diagnostics, d => d.Descriptor.Name == "related-content-widget");
    }

    [Fact]
    public void Invalid_utf8_is_reported_once_at_its_first_bad_byte_and_the_rest_of_the_file_is_linted()
    {
        using var temp = new TempFolder();
        // Accented letters in valid UTF-8, two stray bytes, then junk further down.
        temp.Write("a.txt", [.. Encoding.UTF8.GetBytes("Café headline\n\nCafé text with a bad "), 0xFF, .. Encoding.UTF8.GetBytes(" byte and another "), 0xC3, .. Encoding.UTF8.GetBytes($" one.\n\n{Junk}\n")]);

        var run = CliRunner.Run(temp.Path, "a.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("a.txt(3,22,3,23): warning CL0008: The file is not valid UTF-8: the byte at offset 38 (0xFF) and any other invalid bytes are read as U+FFFD [invalid-utf8]", run.Output);
        Assert.Single(run.Output.Split('\n'), line => line.Contains("CL0008", StringComparison.Ordinal));
        Assert.Contains("a.txt(5,1,5,18): error CL3003", run.Output);
    }

    [Fact]
    public void Invalid_utf8_findings_can_be_turned_off_in_configuration()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nrules:\n  invalid-utf8: off\n");
        temp.Write("a.txt", [.. Encoding.UTF8.GetBytes("Café headline\n\nCafé "), 0xFF, .. Encoding.UTF8.GetBytes(" text.\n")]);

        var run = CliRunner.Run(temp.Path, "a.txt");

        // The replacement character itself is still a finding of rule CL1005; the file-level one is off.
        Assert.Contains("a.txt(3,6,3,7): error CL1005", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CL0008", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Utf16_files_with_a_byte_order_mark_give_the_findings_of_the_same_text_in_utf8(string encodingName)
    {
        using var temp = new TempFolder();
        const string Text = $"Café headline\n\nLe café coûte 2 € — 日本語.\n\n{Junk}\n";
        var encoding = Encoding.GetEncoding(encodingName);
        temp.Write("utf16.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Text)]);
        temp.Write("utf8.txt", Encoding.UTF8.GetBytes(Text));
        var linter = BuiltInPack.Linter;

        var utf16 = linter.LintFile(Path.Combine(temp.Path, "utf16.txt"), "a.txt");
        var utf8 = linter.LintFile(Path.Combine(temp.Path, "utf8.txt"), "a.txt");

        Assert.Contains(utf16.Diagnostics, d => d.Descriptor.Name == "related-content-widget" && d.Location.Start.Line == 5);
        Assert.Equal(utf8.Diagnostics.Select(d => (d.ToString(), d.Span)), utf16.Diagnostics.Select(d => (d.ToString(), d.Span)));
        Assert.Equal(Text, ArticleReader.Read(Path.Combine(temp.Path, "utf16.txt")).Text);
    }

    [Fact]
    public void A_windows_1252_file_is_detected_and_read_without_mojibake()
    {
        const string Text = "Café headline\n\nLe café coûte 2 €, naïve “quotes” and a ‘tick’.\n";

        var article = ArticleReader.Decode(Windows1252.GetBytes(Text));

        Assert.Equal(Text, article.Text);
        Assert.Equal("windows-1252", article.Encoding.WebName);
        Assert.Null(article.FirstInvalidByte);
    }

    [Fact]
    public void A_windows_1252_file_gives_no_encoding_findings_where_reading_it_as_utf8_would()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", Windows1252.GetBytes("Café headline\n\nLe café coûte 2 €, “quotes”.\n"));

        var run = CliRunner.Run(temp.Path, "a.txt", "--fail-level", "info");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No problems", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf8_file_with_one_damaged_byte_stays_utf8_with_a_replacement_character()
    {
        var bytes = Encoding.UTF8.GetBytes("Café, thé, crème brûlée and one bad byte: ").Append((byte)0xE9).ToArray();

        var article = ArticleReader.Decode(bytes);

        Assert.Equal("Café, thé, crème brûlée and one bad byte: \uFFFD", article.Text);
        Assert.Equal(bytes.Length - 1, article.FirstInvalidByte);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'B', (byte)'o', (byte)'d', (byte)'y', (byte)' ', 0xFF, (byte)' ', (byte)'t' })]
    [InlineData(new byte[] { (byte)'B', (byte)'o', (byte)'d', (byte)'y', (byte)' ', 0xC3, (byte)'(', (byte)' ' })]
    public void A_stray_byte_that_reads_as_no_windows_1252_word_stays_utf8(byte[] bytes)
    {
        var article = ArticleReader.Decode(bytes);

        Assert.Equal("utf-8", article.Encoding.WebName);
        Assert.Equal(5, article.FirstInvalidByte);
    }

    [Fact]
    public void An_ascii_article_with_one_latin1_accented_word_is_read_as_windows_1252()
    {
        var article = ArticleReader.Decode(Windows1252.GetBytes("Headline\n\nWe met at the café.\n"));

        Assert.Equal("Headline\n\nWe met at the café.\n", article.Text);
    }

    [Fact]
    public void Encoding_in_configuration_decides_how_files_without_a_byte_order_mark_are_read_with_overrides_per_glob()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nencoding: utf-8\noverrides:\n  - files: [\"legacy/**\"]\n    encoding: windows-1252\n");
        var latin = Windows1252.GetBytes("Café headline\n\nLe café.\n");
        temp.Write("legacy/old.txt", latin);
        temp.Write("new/fresh.txt", latin);

        var run = CliRunner.Run(temp.Path, ".", "--fail-level", "warning");

        Assert.Equal(1, run.ExitCode);
        // utf-8 turns detection off, so the Windows-1252 bytes are invalid there; the override reads them right.
        Assert.Contains("new/fresh.txt(1,4,1,5): warning CL0008", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("legacy/old.txt", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_encoding_in_configuration_is_refused_with_its_position()
    {
        using var temp = new TempFolder();
        var path = temp.Write(".contentlint.yaml", "root: true\nencoding: latin-9\n");

        var error = Assert.Single(Assert.Throws<ConfigurationException>(() => ContentLintConfig.Load(path)).Errors);

        Assert.Equal(new SourceLocation(path, 2, 11), error.Location);
        Assert.StartsWith("'encoding' must be one of 'auto', 'utf-8', 'windows-1252', 'iso-8859-1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_writes_a_windows_1252_file_back_in_windows_1252()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.txt", Windows1252.GetBytes($"Café headline\n\nLe café coûte 2 €.\n\n{Junk}\n\nFin “ici”.\n"));

        var run = CliRunner.Run(temp.Path, "fix", "a.txt");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Windows1252.GetBytes("Café headline\n\nLe café coûte 2 €.\n\nFin “ici”.\n"), File.ReadAllBytes(path));
    }

    [Fact]
    public void Fix_leaves_a_latin1_file_alone_when_a_fix_would_write_a_character_latin1_cannot_store()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nencoding: iso-8859-1\n");
        temp.Write("my-rules/MY1001-dashes.yaml", "id: MY1001\nname: dashes\ntitle: Double hyphen\nmessage: Double hyphen\nseverity: error\ncategory: house\ndescription: House style.\nkind: substitution\nswaps:\n  \"--\": \"\u2014\"\n");
        var original = Encoding.Latin1.GetBytes("Café headline\n\nLe café -- bon.\n");
        var path = temp.Write("a.txt", original);

        var run = CliRunner.Run(temp.Path, "fix", "a.txt", "--rules", "my-rules", "--no-builtin");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a.txt was not fixed: the fixed text has characters that iso-8859-1 cannot store", run.Error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Fact]
    public void Empty_files_and_files_of_blank_lines_lint_clean()
    {
        using var temp = new TempFolder();
        temp.Write("empty.txt", "");
        temp.Write("blank.md", "\n\n   \n\t\n\r\n");

        var run = CliRunner.Run(temp.Path, ".", "--fail-level", "info");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No problems in 2 files.", run.Output.Trim());
    }

    [Fact]
    public void A_50_MB_single_line_file_is_linted_without_error_when_max_file_size_allows_it()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nmax-file-size: 64MB\n");
        var words = "the scraped page went on and on without a single line break ";
        var line = new StringBuilder(50 * 1024 * 1024 + words.Length);
        while (line.Length < 50 * 1024 * 1024)
        {
            line.Append(words);
        }

        temp.Write("huge.txt", Encoding.UTF8.GetBytes(line.ToString()));

        var run = CliRunner.Run(temp.Path, "huge.txt", "--fail-level", "info");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No problems in 1 file.", run.Output.Trim());
    }

    [Fact]
    public async Task A_file_removed_between_discovery_and_reading_is_a_finding_and_the_run_goes_on()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Title\n\nBody.\n");
        temp.Write("b.txt", $"Title\n\nBody.\n\n{Junk}\n");
        var session = new LintSession(new LintSessionOptions { WorkingDirectory = temp.Path, Jobs = 2 });
        Assert.Equal(2, session.Files.Count);
        File.Delete(Path.Combine(temp.Path, "a.txt"));
        using var output = new StringWriter();

        var summary = await session.WriteReportsAsync([DiagnosticFormatters.Find("text")!.CreateWriter(output, session.CreateReportHeader())]);

        Assert.Equal(2, summary.Errors);
        var lines = output.ToString().Split('\n');
        Assert.StartsWith("a.txt(1,1,1,1): error CL0001: Cannot read the file: Could not find file", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("b.txt(5,1,5,18): error CL3003", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_found_in_a_folder_that_cannot_be_read_is_a_finding_with_exit_code_1_and_the_run_goes_on()
    {
        using var temp = new TempFolder();
        temp.Write("b.txt", "Title\n\nBody.\n");
        // A link whose target is gone: the folder walk finds it, reading it fails.
        File.CreateSymbolicLink(Path.Combine(temp.Path, "a.txt"), Path.Combine(temp.Path, "gone.txt"));

        var run = CliRunner.Run(temp.Path, ".");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("a.txt(1,1,1,1): error CL0001: Cannot read the file:", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 problem (1 error) in 1 of 2 files.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Symbolic_link_loops_in_folders_do_not_hang_the_search_and_linked_folders_are_not_linted_twice()
    {
        using var temp = new TempFolder();
        temp.Write("articles/a.txt", "Title\n\nBody.\n");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "articles", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "articles", "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "mirror"), Path.Combine(temp.Path, "articles"));

        var found = ArticleFinder.Find(["."], temp.Path);
        var run = CliRunner.Run(temp.Path, ".", "**/*.txt");

        Assert.Equal([Path.Combine(temp.Path, "articles", "a.txt")], found.Files);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No problems in 1 file.", run.Output.Trim());
    }

    [Fact]
    public void A_linked_folder_named_on_the_command_line_is_searched()
    {
        using var temp = new TempFolder();
        temp.Write("articles/a.txt", "Title\n\nBody.\n");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "mirror"), Path.Combine(temp.Path, "articles"));

        var found = ArticleFinder.Find(["mirror"], temp.Path);

        Assert.Equal([Path.Combine(temp.Path, "mirror", "a.txt")], found.Files);
    }

    [Fact]
    public void Paths_with_spaces_and_non_ascii_names_are_linted_and_reported_by_their_names()
    {
        using var temp = new TempFolder();
        temp.Write("my articles/Ünïcødé 記事.md", $"# Title\n\nBody.\n\n{Junk}\n");

        var byFolder = CliRunner.Run(temp.Path, "my articles");
        var byName = CliRunner.Run(temp.Path, "my articles/Ünïcødé 記事.md");

        Assert.Equal(1, byFolder.ExitCode);
        Assert.StartsWith("my articles/Ünïcødé 記事.md(5,1,5,18): error CL3003", byFolder.Output, StringComparison.Ordinal);
        Assert.Equal(byFolder, byName);
    }
}
