using QcdcBot.Tests.Telegram;

namespace QcdcBot.Chaos;

/// <summary>
/// Secretaries keep sending status replies while the bot is SIGKILLed and restarted again and again. Each reply
/// must be applied once and answered once. Aimed kills come right after the poller took a burst (turns in
/// progress); random ones at any moment.
/// </summary>
internal static class InboundKills
{
    private const int Secretaries = 20;

    public static async Task<Row> RunAsync(ChaosOptions o, bool aimed, Random random)
    {
        await using var arena = await Arena.CreateAsync();
        await arena.SeedAsync(Secretaries);
        var bot = arena.Start();
        var sent = new Dictionary<long, int>();
        var refs = new List<string>();
        var n = 0;
        for (var kill = 0; kill < o.Kills * 4; kill++)
        {
            // A burst: every secretary sends one reply.
            for (var unit = 1; unit <= Secretaries; unit++)
            {
                var reference = $"{++n}-BC/ĐU";
                refs.Add(reference);
                var chat = Arena.Secretary(unit);
                sent[chat] = sent.GetValueOrDefault(chat) + 1;
                arena.Api.Enqueue(Updates.Text(chat, $"đã gửi qua iOffice số {reference}"));
            }

            if (aimed)
            {
                await Arena.WaitAsync(() => arena.Api.QueuedUpdates() == 0, TimeSpan.FromSeconds(30));
                await Task.Delay(random.Next(0, 60));
            }
            else
            {
                await Task.Delay(random.Next(100, 1500));
            }

            bot.Kill();
            bot = arena.Start();
        }

        await Arena.WaitAsync(() => Replies(arena).Values.Sum() >= sent.Values.Sum(), TimeSpan.FromSeconds(120));
        await Task.Delay(2000);
        var (applied, appliedTwice) = await AppliedAsync(arena, refs);
        var replies = Replies(arena);
        var none = sent.Sum(s => Math.Max(0, s.Value - replies.GetValueOrDefault(s.Key)));
        var twice = sent.Sum(s => Math.Max(0, replies.GetValueOrDefault(s.Key) - s.Value));
        return new Row(
            aimed ? "SIGKILL during inbound handling (aimed)" : "SIGKILL during inbound handling (random)",
            o.Kills * 4,
            $"{refs.Count - applied} of {refs.Count} not applied",
            $"{appliedTwice} applied twice, {twice} replies twice, {none} unanswered",
            arena.OverLimit().ToString(System.Globalization.CultureInfo.InvariantCulture),
            bot.HasExited ? (await bot.ExitCodeAsync(TimeSpan.FromSeconds(1))).ToString(System.Globalization.CultureInfo.InvariantCulture) : "running",
            $"{Secretaries} secretaries, status replies in bursts, a kill after each burst");
    }

    private static Dictionary<long, int> Replies(Arena arena) => arena.Api.CallsTo("sendMessage")
        .Where(c => c.Result is not null && c.Body["chat_id"]!.GetValue<long>() > 100000)
        .GroupBy(c => c.Body["chat_id"]!.GetValue<long>())
        .ToDictionary(g => g.Key, g => g.Count());

    private static async Task<(int Applied, int Twice)> AppliedAsync(Arena arena, IReadOnlyList<string> refs)
    {
        int applied = 0, twice = 0;
        foreach (var reference in refs)
        {
            var rows = await arena.CountAsync($"SELECT COUNT(*) FROM status_notes WHERE text LIKE '%số {reference}'");
            applied += rows > 0 ? 1 : 0;
            twice += rows > 1 ? 1 : 0;
        }

        return (applied, twice);
    }
}
