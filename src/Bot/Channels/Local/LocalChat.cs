using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Channels.Local;

/// <summary>
/// The terminal chat: each input line is a message from whoever is speaking. <c>/la &lt;ai&gt;</c> switches the
/// speaker (admin, or the secretary of a unit by code), <c>/gui &lt;đường dẫn&gt; [chú thích]</c> sends a local
/// file. Works with piped input: one reply block per line, and the app stops at the end of input.
/// </summary>
internal sealed class LocalChat(
    ConversationBot bot,
    LocalConsole console,
    UnitStore units,
    MemberStore members,
    DemoDatabase demo,
    LocalChoices choices,
    TimeProvider time,
    IOptionsMonitor<BotOptions> options,
    IOptions<Storage.StorageOptions> storage,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    public const string Channel = "local";

    private long _messageId;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (migrations) before the first prompt.
        await Task.Yield();
        await demo.EnsureSeededAsync(stoppingToken);
        var speaker = DemoDatabase.AdminUserId;
        var output = console.Output;
        // The store is named, so a session is never written into another file than the one its user meant.
        await output.WriteLineAsync($"QcdcBot — trò chuyện thử trên máy (cơ sở dữ liệu: {Path.GetFullPath(storage.Value.Path)}). Bạn đang là: admin.");
        await output.WriteLineAsync("/la admin | /la <mã đơn vị> | /la <tên> đổi người nói; /gui <đường dẫn> [chú thích] gửi tệp; /trogiup xem lệnh; Ctrl+D để thoát.");
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await output.WriteAsync($"[{speaker}] > ");
                await output.FlushAsync(stoppingToken);
                var line = await console.Input.ReadLineAsync(stoppingToken);
                if (line is null)
                {
                    break;
                }

                await output.WriteLineAsync(line.Length == 0 ? string.Empty : $"« {line}");
                if (await TrySwitchAsync(line, stoppingToken) is { } next)
                {
                    speaker = next.Speaker;
                    await output.WriteLineAsync(next.Message);
                    continue;
                }

                if (line.Trim() is "/gui" or "/gửi")
                {
                    await output.WriteLineAsync("bot: Cách gửi tệp: /gui <đường dẫn> [chú thích], ví dụ /gui bao-cao.docx ke hoach; đường dẫn có dấu cách thì đặt trong ngoặc kép.");
                    continue;
                }

                var activity = ToActivity(line, speaker);
                if (activity is null)
                {
                    await output.WriteLineAsync($"bot: Không đọc được tệp \"{LocalFileArgument.Split(line.Trim()[4..].Trim(), File.Exists).Path}\".");
                    continue;
                }

                var result = await bot.OnTurnAsync(activity, stoppingToken);
                foreach (var reply in result.Replies)
                {
                    await output.WriteLineAsync("bot: " + LocalRenderer.Render(reply));
                }

                foreach (var proactive in result.Proactive)
                {
                    await output.WriteLineAsync($"bot → {proactive.To.Channel}:{proactive.To.ChatId}: {LocalRenderer.Render(proactive.Message)}");
                    await choices.RememberAsync(proactive.To, proactive.Message, stoppingToken);
                }

                await output.WriteLineAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C: stop quietly.
        }

        await output.FlushAsync(CancellationToken.None);
        lifetime.StopApplication();
    }

    private async Task<(string Speaker, string Message)?> TrySwitchAsync(string line, CancellationToken ct)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith("/la ", StringComparison.OrdinalIgnoreCase) && !trimmed.StartsWith("/là ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var who = trimmed[4..].Trim();
        if (who.Length == 0)
        {
            return null;
        }

        if (string.Equals(who, "admin", StringComparison.OrdinalIgnoreCase))
        {
            return (DemoDatabase.AdminUserId, $"Bạn đang là: admin ({options.CurrentValue.OfficeName}).");
        }

        // "/la nhnn", "/la Nhnn": a unit code in any case; "/la chị Hoa", "/la chiHoa": the same person however typed.
        var folded = VietnameseFold.Fold(who);
        if ((await units.AllAsync(ct)).FirstOrDefault(u => VietnameseFold.Fold(u.Code) == folded) is { } unit)
        {
            var secretary = await demo.EnsureSecretaryAsync(unit, ct);
            return (secretary, $"Bạn đang là: thư ký {unit.Name} ({secretary}).");
        }

        var userId = new string(folded.Where(char.IsAsciiLetterOrDigit).ToArray());
        if (userId.Length == 0)
        {
            return null;
        }

        var member = await members.FindAsync(Channel, userId, ct);
        var bound = member?.UnitId is { } unitId ? await units.GetAsync(unitId, ct) : null;
        return (userId, bound is null
            ? $"Bạn đang là: {userId} (chưa đăng ký)."
            : $"Bạn đang là: {userId} (thư ký {bound.Name}, đã đăng ký).");
    }

    private InboundActivity? ToActivity(string line, string speaker)
    {
        var id = Interlocked.Increment(ref _messageId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var trimmed = line.Trim();
        if (!trimmed.StartsWith("/gui ", StringComparison.OrdinalIgnoreCase) && !trimmed.StartsWith("/gửi ", StringComparison.OrdinalIgnoreCase))
        {
            return new InboundActivity(Channel, speaker, speaker, speaker, line, [], MessageId: id);
        }

        var (path, caption) = LocalFileArgument.Split(trimmed[5..].Trim(), File.Exists);
        if (!File.Exists(path))
        {
            return null;
        }

        var info = new FileInfo(path);
        var attachment = new InboundAttachment(info.Name, string.Empty, info.Length, ct => File.ReadAllBytesAsync(path, ct));
        // The file arrives when /gui is typed, as a platform would stamp it.
        return new InboundActivity(Channel, speaker, speaker, speaker, caption, [attachment], MessageId: id, SentAt: time.GetUtcNow());
    }
}
