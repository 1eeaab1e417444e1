using ContentLint.DocGen;

// Regenerates rules/docs/*.md, rules/README.md and the JSON schemas; with --check, changes nothing and exits 1
// when any of them is stale (CI and a test run this, like markdownlint's "git diff --exit-code").
var check = args.Contains("--check");
var root = args.SkipWhile(a => a != "--root").Skip(1).FirstOrDefault() ?? RepositoryRoot.Find(Environment.CurrentDirectory);
var stale = Generator.Stale(root);
if (check)
{
    foreach (var path in stale)
    {
        Console.Error.WriteLine($"stale: {path}");
    }

    Console.WriteLine(stale.Count == 0 ? "Rule documentation and schemas are up to date." : "Run 'dotnet run --project src/ContentLint.DocGen' and commit the result.");
    return stale.Count == 0 ? 0 : 1;
}

Generator.Write(root);
Console.WriteLine(stale.Count == 0 ? "Nothing to change." : $"Wrote {stale.Count} file(s): {string.Join(", ", stale)}");
return 0;
