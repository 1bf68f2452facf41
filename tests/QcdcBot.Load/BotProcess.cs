using System.Diagnostics;
using System.Globalization;

namespace QcdcBot.Load;

/// <summary>The real bot (published as deployed, or the build given with --bot) as a child process, pointed at the fake API and a store file.</summary>
internal sealed class BotProcess : IDisposable
{
    /// <summary>USER_HZ: the unit of /proc's CPU times, 100 on every Linux build we run on.</summary>
    private const double ClockTicksPerSecond = 100;

    private readonly Process _process;

    private BotProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>Environment settings for the next bots started ("NAME=value;NAME=value"), for comparing runtime settings.</summary>
    public static string? Variant { get; set; }

    /// <summary>Where the next bots started also write every line of their output (LOAD_FANOUT_TRACE), or null.</summary>
    public static TextWriter? Log { get; set; }

    /// <summary>A variant ("DOTNET_gcServer=0;DOTNET_TieredPGO=0") tries runtime settings on the same build.</summary>
    public static void ApplyVariant(ProcessStartInfo info)
    {
        foreach (var pair in (Variant ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
            info.Environment[name] = value;
        }
    }

    public static BotProcess Start(string botDll, string dbPath, FakeTelegram api, IEnumerable<long> admins, params string[] args)
    {
        var info = Launch(botDll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["Storage__Path"] = dbPath;
        info.Environment["Telegram__Token"] = FakeTelegram.Token;
        info.Environment["Telegram__ApiBaseUrl"] = api.BaseUrl;
        info.Environment["Telegram__PollTimeout"] = "00:00:01";
        // LOAD_BOT_LOG=Information (or Debug) shows the bot's own log while looking into a run.
        var log = Environment.GetEnvironmentVariable("LOAD_BOT_LOG");
        info.Environment["Logging__LogLevel__Default"] = log ?? "Warning";
        ApplyVariant(info);

        var i = 0;
        foreach (var admin in admins)
        {
            info.Environment[$"Bot__Admins__{i++}"] = "telegram:" + admin.ToString(CultureInfo.InvariantCulture);
        }

        var process = Process.Start(info)!;
        var file = Log;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                if (file is not null)
                {
                    lock (file)
                    {
                        file.WriteLine(line);
                    }
                }

                if (log is not null)
                {
                    Console.Error.WriteLine("  bot: " + line);
                }
            }
        };
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

    /// <summary>
    /// How to start the bot in <paramref name="botDll"/>'s folder: a self-contained publish (its own runtime beside it)
    /// through its executable, as the service runs it; any other build (--bot, an older commit's) with dotnet.
    /// </summary>
    public static ProcessStartInfo Launch(string botDll)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(botDll))!;
        var executable = Path.Combine(folder, Path.GetFileNameWithoutExtension(botDll));
        var selfContained = File.Exists(Path.Combine(folder, "libcoreclr.so")) && File.Exists(executable);
        var info = new ProcessStartInfo(selfContained ? executable : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (!selfContained)
        {
            info.ArgumentList.Add(botDll);
        }

        return info;
    }

    /// <summary>Resident memory now, in MB (from /proc).</summary>
    public double RssMb() => ReadStatusKb("VmRSS:") / 1024.0;

    /// <summary>
    /// CPU time the process has used so far (user + system, from /proc/&lt;pid&gt;/stat), in seconds: unlike wall time it
    /// barely moves with what else the machine is doing.
    /// </summary>
    public double CpuSeconds()
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
            return ticks / ClockTicksPerSecond;
        }
        catch (IOException)
        {
            return 0;
        }
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

    public void Dispose()
    {
        // A harness that stops on an error must not leave a bot behind, polling and holding its store.
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

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
