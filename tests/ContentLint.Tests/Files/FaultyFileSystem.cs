using ContentLint.Files;

namespace ContentLint.Tests.Files;

/// <summary>The steps of an atomic write, in the order <see cref="SafeFileWriter"/> takes them.</summary>
public enum WriteStep
{
    CreateTemporary,
    WriteTemporary,
    FlushToDisk,
    CopyPermissions,
    CheckOriginal,
    Replace,

    /// <summary>Deleting the temporary file after <see cref="Replace"/> failed; the first attempt fails too.</summary>
    Cleanup,
}

/// <summary>How a simulated failure shows itself.</summary>
public enum FaultKind
{
    /// <summary>An <see cref="IOException"/>: disk full, device gone, file locked.</summary>
    InputOutput,

    /// <summary>An <see cref="UnauthorizedAccessException"/>: permission withdrawn midway.</summary>
    AccessDenied,
}

/// <summary>
/// The real file system, except that one step of the write fails once, in the worst way it can: the temporary file
/// is created before the failure, a write stops halfway.
/// </summary>
internal sealed class FaultyFileSystem(WriteStep failing, FaultKind kind, int cleanupFailures = 1) : IFileSystemSteps
{
    private readonly FileSystemSteps real = FileSystemSteps.Instance;
    private int deleteFailuresLeft = cleanupFailures;

    /// <summary>The temporary file the writer created, once it did.</summary>
    public string? Temporary { get; private set; }

    /// <summary>Runs before each step with its name and the temporary file, to look at the disk at that moment.</summary>
    public Action<WriteStep, string?>? BeforeStep { get; init; }

    public Stream CreateNew(string path)
    {
        BeforeStep?.Invoke(WriteStep.CreateTemporary, path);
        var stream = real.CreateNew(path);
        Temporary = path;
        if (failing == WriteStep.CreateTemporary)
        {
            stream.Dispose();
            throw Fault("creating the temporary file");
        }

        return stream;
    }

    public void Write(Stream stream, ReadOnlySpan<byte> bytes)
    {
        BeforeStep?.Invoke(WriteStep.WriteTemporary, Temporary);
        if (failing == WriteStep.WriteTemporary)
        {
            real.Write(stream, bytes[..(bytes.Length / 2)]);
            throw Fault("writing the temporary file");
        }

        real.Write(stream, bytes);
    }

    public void FlushToDisk(Stream stream)
    {
        BeforeStep?.Invoke(WriteStep.FlushToDisk, Temporary);
        Fail(WriteStep.FlushToDisk, "flushing to disk");
        real.FlushToDisk(stream);
    }

    public void CopyPermissions(string from, string to)
    {
        BeforeStep?.Invoke(WriteStep.CopyPermissions, Temporary);
        Fail(WriteStep.CopyPermissions, "copying permissions");
        real.CopyPermissions(from, to);
    }

    public byte[] ReadAllBytes(string path)
    {
        BeforeStep?.Invoke(WriteStep.CheckOriginal, Temporary);
        Fail(WriteStep.CheckOriginal, "reading the original again");
        return real.ReadAllBytes(path);
    }

    public bool Replace(string temporary, string target)
    {
        BeforeStep?.Invoke(WriteStep.Replace, Temporary);
        if (failing is WriteStep.Replace or WriteStep.Cleanup)
        {
            throw Fault("renaming over the original");
        }

        return real.Replace(temporary, target);
    }

    public void Delete(string path)
    {
        BeforeStep?.Invoke(WriteStep.Cleanup, Temporary);
        if (failing == WriteStep.Cleanup && deleteFailuresLeft > 0)
        {
            deleteFailuresLeft--;
            throw new IOException("Simulated failure deleting the temporary file.");
        }

        real.Delete(path);
    }

    private void Fail(WriteStep step, string doing)
    {
        if (failing == step)
        {
            throw Fault(doing);
        }
    }

    private Exception Fault(string doing) => kind == FaultKind.InputOutput
        ? new IOException($"Simulated failure {doing}: no space left on device.")
        : new UnauthorizedAccessException($"Simulated failure {doing}: access denied.");
}
