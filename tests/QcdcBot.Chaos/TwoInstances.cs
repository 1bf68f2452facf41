using System.Globalization;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Chaos;

/// <summary>Two bot processes on one store: two pollers, then two webhook servers wanting one port.</summary>
internal static class TwoInstances
{
    private const int Secretaries = 20;

    public static async Task<Row> PollingAsync()
    {
        await using var arena = await Arena.CreateAsync();
        await arena.SeedAsync(Secretaries);
        var first = arena.Start();
        var second = arena.Start();
        var n = 0;
        for (var round = 0; round < 5; round++)
        {
            for (var unit = 1; unit <= Secretaries; unit++)
            {
                arena.Api.Enqueue(Updates.Text(Arena.Secretary(unit), $"đã gửi qua iOffice số {++n}-BC/ĐU"));
            }

            await Task.Delay(300);
        }

        await Arena.WaitAsync(() => Replies(arena) >= n, TimeSpan.FromSeconds(90));
        await Task.Delay(2000);
        var notes = await arena.CountAsync("SELECT COUNT(*) FROM status_notes");
        var distinct = await arena.CountAsync("SELECT COUNT(DISTINCT text) FROM status_notes");
        return new Row(
            "two polling instances, one store",
            1,
            $"{n - distinct} of {n}",
            $"{notes - distinct} applied twice, {Math.Max(0, Replies(arena) - n)} extra replies",
            arena.OverLimit().ToString(CultureInfo.InvariantCulture),
            $"{Code(first)} / {Code(second)}",
            string.Empty);
    }

    public static async Task<Row> WebhookAsync()
    {
        await using var arena = await Arena.CreateAsync();
        await arena.SeedAsync(3);
        var port = Fuzz.FreePort();
        var settings = new Dictionary<string, string>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookSecret"] = "chaos",
            ["Web:Listen"] = $"http://127.0.0.1:{port}",
        };
        var first = arena.Start(settings);
        await Task.Delay(5000);
        var second = arena.Start(settings);
        string secondCode;
        try
        {
            secondCode = (await second.ExitCodeAsync(TimeSpan.FromSeconds(60))).ToString(CultureInfo.InvariantCulture);
        }
        catch (TimeoutException)
        {
            secondCode = "running";
        }

        var line = second.Output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("QcdcBot stops", StringComparison.Ordinal)) ?? string.Empty;
        return new Row("two webhook instances, one port", 1, "-", "-", "-", $"{Code(first)} / {secondCode}", line);
    }

    private static string Code(Tests.Reliability.ChildBot bot) =>
        bot.HasExited ? bot.ExitCodeAsync(TimeSpan.FromSeconds(1)).GetAwaiter().GetResult().ToString(CultureInfo.InvariantCulture) : "running";

    private static int Replies(Arena arena) => arena.Api.CallsTo("sendMessage").Count(c => c.Result is not null && c.Body["chat_id"]!.GetValue<long>() > 100000);
}
