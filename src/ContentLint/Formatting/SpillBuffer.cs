using System.Text;

namespace ContentLint.Formatting;

/// <summary>
/// Text held until it can be written in its place — for a report that states counts before the body they count
/// (JUnit's <c>&lt;testsuite failures="..."&gt;</c>): in memory up to 1 MiB, then in a temporary file that is deleted
/// when the buffer is, so a report of any size streams in flat memory.
/// </summary>
internal sealed class SpillBuffer : TextWriter
{
    private const int MemoryLimit = 1 << 20;
    private readonly StringBuilder memory = new();
    private FileStream? file;
    private StreamWriter? fileWriter;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <summary>Adds <paramref name="text"/>.</summary>
    public override void Write(string? text)
    {
        if (fileWriter is not null)
        {
            fileWriter.Write(text);
            return;
        }

        memory.Append(text);
        if (memory.Length > MemoryLimit)
        {
            file = new FileStream(Path.Combine(Path.GetTempPath(), "contentlint-" + Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            fileWriter = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
            fileWriter.Write(memory);
            memory.Clear();
        }
    }

    /// <summary>Writes everything held to <paramref name="output"/>, then empties the buffer.</summary>
    public void MoveTo(TextWriter output)
    {
        if (fileWriter is null || file is null)
        {
            output.Write(memory);
            memory.Clear();
            return;
        }

        fileWriter.Flush();
        file.Position = 0;
        using (var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, 1 << 16, leaveOpen: true))
        {
            var chunk = new char[1 << 16];
            int read;
            while ((read = reader.Read(chunk, 0, chunk.Length)) > 0)
            {
                output.Write(chunk, 0, read);
            }
        }

        file.SetLength(0);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            fileWriter?.Dispose();
            file?.Dispose();
        }

        base.Dispose(disposing);
    }
}
