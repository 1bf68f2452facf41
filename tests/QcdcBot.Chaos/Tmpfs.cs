using System.Diagnostics;

namespace QcdcBot.Chaos;

/// <summary>A small RAM file system the harness can fill or make read-only (needs root and a kernel that allows it).</summary>
internal sealed class Tmpfs : IDisposable
{
    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    /// <summary>Null when mounting is not allowed here; the scenario then says so instead of pretending.</summary>
    public static Tmpfs? TryMount(string size)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "qcdcbot-chaos", "disk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path) ? new Tmpfs(path) : null;
    }

    public bool ReadOnly(bool on) => Run("mount", "-o", on ? "remount,ro" : "remount,rw", Path);

    /// <summary>Writes a filler file until the disk is full; returns it so it can be deleted to free the space.</summary>
    public string Fill()
    {
        var filler = System.IO.Path.Combine(Path, "filler.bin");
        using var stream = new FileStream(filler, FileMode.Create);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                stream.Write(block);
                stream.Flush();
            }
        }
        catch (IOException)
        {
            // Full.
        }

        return filler;
    }

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }

    private static bool Run(string tool, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, args) { UseShellExecute = false, RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
