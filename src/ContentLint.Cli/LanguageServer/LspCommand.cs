using System.CommandLine;

namespace ContentLint.Cli.LanguageServer;

/// <summary><c>contentlint lsp</c>: serve editors over the Language Server Protocol on standard input and output.</summary>
internal sealed class LspCommand(CommandOutput console)
{
    private readonly Option<bool> stdio = new("--stdio")
    {
        Description = "talk over standard input and output (the only transport; accepted because many clients pass it)",
    };

    public Command Create()
    {
        var command = new Command("lsp", "serve editors over the Language Server Protocol on standard input and output: diagnostics as you type, hovers, fixes");
        command.Options.Add(stdio);
        command.SetAction(Execute);
        return command;
    }

    private async Task<int> Execute(ParseResult parsed, CancellationToken cancellationToken)
    {
        // Standard output carries the protocol alone; what the server has to say for people goes to standard error.
        await using var input = console.OpenStandardInput();
        await using var output = Console.OpenStandardOutput();
        var server = new ContentLintServer(input, output, console.Error, new LanguageServerOptions { Session = console.Session });
        return await server.RunAsync(cancellationToken);
    }
}
