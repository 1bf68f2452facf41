using System.Diagnostics;
using System.Globalization;

namespace QcdcBot.Load;

/// <summary>The real bot (a Release build) as a child process, pointed at the fake API and a store file.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;

    private BotProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public static BotProcess Start(string botDll, string dbPath, FakeTelegram api, IEnumerable<long> admins, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(botDll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["Storage__Path"] = dbPath;
        info.Environment["Telegram__Token"] = FakeTelegram.Token;
        info.Environment["Telegram__ApiBaseUrl"] = api.BaseUrl;
        info.Environment["Telegram__PollTimeout"] = "00:00:01";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var i = 0;
        foreach (var admin in admins)
        {
            info.Environment[$"Bot__Admins__{i++}"] = "telegram:" + admin.ToString(CultureInfo.InvariantCulture);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine("  bot: " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process);
    }

    /// <summary>Resident memory now, in MB (from /proc).</summary>
    public double RssMb() => ReadStatusKb("VmRSS:") / 1024.0;

    /// <summary>CPU time used so far, user + sys, in seconds (from /proc: clock ticks of 1/100 s).</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>Peak resident memory so far, in MB.</summary>
    public double PeakRssMb() => ReadStatusKb("VmHWM:") / 1024.0;

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGTERM, as a service manager stops it, then waits.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        try
        {
            await WaitForExitAsync(TimeSpan.FromSeconds(30));
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public void Dispose() => _process.Dispose();

    private double ReadStatusKb(string key)
    {
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
