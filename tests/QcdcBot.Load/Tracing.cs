using System.Diagnostics;
using System.Globalization;

namespace QcdcBot.Load;

/// <summary>
/// With LOAD_TRACE=&lt;folder&gt;, a dotnet-trace of the bot (sampled thread stacks, as speedscope too) for one inbound
/// run, to see where a turn's CPU goes. The trace ends when the bot exits.
/// </summary>
internal sealed class Tracing : IDisposable
{
    private readonly Process? _process;

    private Tracing(Process? process) => _process = process;

    public static Tracing Start(int pid, string name)
    {
        if (Environment.GetEnvironmentVariable("LOAD_TRACE") is not { Length: > 0 } folder)
        {
            return new Tracing(null);
        }

        Directory.CreateDirectory(folder);
        var info = new ProcessStartInfo("dotnet-trace") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardInput = true };
        foreach (var a in new[] { "collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "--profile", "dotnet-sampled-thread-time", "--format", "Speedscope", "-o", Path.Combine(folder, name + ".nettrace") })
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        // Give the session a moment to attach before the measured work starts.
        Thread.Sleep(1000);
        return new Tracing(process);
    }

    public void Dispose()
    {
        if (_process is null)
        {
            return;
        }

        // The bot has stopped by now, which ends the session; dotnet-trace then writes the speedscope file.
        if (!_process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
