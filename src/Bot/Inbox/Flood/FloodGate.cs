using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Delivery;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Inbox;
using QcdcBot.Storage.Members;

namespace QcdcBot.Bot.Inbox.Flood;

/// <summary>
/// Caps what one account's flood costs, on every channel: past <c>Flood:PerWindow</c> messages in <c>Flood:Window</c>
/// a known account (member, admin, leader, leadership group) still has everything handled and stored, in order, but
/// gets one short notice per window instead of an answer to each; a stranger gets at most
/// <c>Flood:StrangerAnswersPerDay</c> answers a day and nothing is handled past the cap, except a registration
/// attempt, which is always handled (see <see cref="RegistrationAttempt"/>). Each flooded window is
/// written to the audit log. Counts live in memory: a restart forgets them, which only makes the bot answer more.
/// </summary>
internal sealed class FloodGate(
    IOptionsMonitor<FloodOptions> options,
    IOptionsMonitor<BotOptions> bot,
    MemberStore members,
    IEnumerable<ILeadershipChatSource> leadershipChats,
    AuditStore audit,
    OutboxWriter outbox,
    TimeProvider time,
    ILogger<FloodGate> logger)
{
    public const string KnownNotice =
        "Bạn gửi quá nhanh nên bot tạm không trả lời từng tin. Mọi tệp và trả lời bạn gửi vẫn được ghi nhận theo thứ tự; " +
        "sau ít phút gõ /viec để xem.";

    public const string StrangerNotice =
        "Bạn gửi quá nhanh nên bot tạm không trả lời. Nếu bạn là thư ký đơn vị, xin nhận mã đăng ký từ Văn phòng rồi gõ /dangky <mã>.";

    /// <summary>Above this many tracked accounts, idle ones are forgotten.</summary>
    private const int MaxTracked = 10_000;

    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Account> _accounts = new(StringComparer.Ordinal);

    /// <summary>Decides for one event; called in the chat's order, before the event is prepared.</summary>
    public async Task<FloodVerdict> AdmitAsync(InboxEvent e, CancellationToken ct)
    {
        if (e.ChatId is not { } chatId)
        {
            return FloodVerdict.Handle(e.Channel);
        }

        var key = $"{e.Channel}:{chatId}";
        var settings = options.CurrentValue;
        var now = time.GetUtcNow();
        bool? cached;
        lock (_lock)
        {
            // A known account is remembered for a window; a stranger only while he floods (so a flood costs no
            // store reads), otherwise he is looked up again and is known from the message after he registers.
            cached = _accounts.TryGetValue(key, out var seen) && now < seen.KnownUntil && (seen.Known || seen.Arrivals.Count >= settings.PerWindow)
                ? seen.Known
                : null;
        }

        var known = cached ?? await IsKnownAsync(e.Channel, chatId, key, ct);
        var to = new ConversationReference(e.Channel, chatId, null);
        var registering = !known && RegistrationAttempt.Is(e.Payload);
        lock (_lock)
        {
            var account = Track(key, now, settings.Window);
            account.Arrivals.Enqueue(now);
            if (cached is null)
            {
                (account.Known, account.KnownUntil) = (known, now + settings.Window);
            }

            var flooding = account.Arrivals.Count > settings.PerWindow;
            var noticeDue = flooding && now >= account.QuietUntil;
            if (noticeDue)
            {
                account.QuietUntil = now + settings.Window;
            }

            var auditLine = noticeDue ? $"{account.Arrivals.Count} messages within {settings.Window}; {(known ? "known account, answers held back" : "stranger, ignored")}" : null;
            if (known)
            {
                return !flooding ? FloodVerdict.Handle(key)
                    : new FloodVerdict(FloodAction.HandleQuietly, key, noticeDue ? to : null, noticeDue ? KnownNotice : null, auditLine);
            }

            if (registering)
            {
                // Past any cap: the invite-code throttle limits guessing, and silence would lock out a real secretary.
                return FloodVerdict.Handle(key);
            }

            if (now - account.AnswersSince >= Day)
            {
                (account.AnswersSince, account.Answers, account.SilenceRecorded) = (now, 0, false);
            }

            var answerLeft = account.Answers < settings.StrangerAnswersPerDay;
            if (!flooding && answerLeft)
            {
                account.Answers++;
                return FloodVerdict.Handle(key);
            }

            if (noticeDue && answerLeft)
            {
                account.Answers++;
                return new FloodVerdict(FloodAction.Ignore, key, to, StrangerNotice, auditLine);
            }

            // Flooding past the window's notice, or the day's answers used up: silence (the first time the answers
            // run out, the audit log says so).
            var firstSilence = !flooding && !account.SilenceRecorded;
            account.SilenceRecorded |= firstSilence;
            return new FloodVerdict(FloodAction.Ignore, key, AuditDetails: firstSilence ? $"stranger got {settings.StrangerAnswersPerDay} answers in a day; silent until the day is over" : auditLine);
        }
    }

    /// <summary>Runs the event's turn as the verdict says, inside the turn's transaction: the notice and audit line commit with it.</summary>
    public async Task RunAsync(FloodVerdict verdict, InboxTurn? turn, CancellationToken ct)
    {
        if (verdict.AuditDetails is { } details)
        {
            logger.LogWarning("Flood from {Account}: {Details}", verdict.Account, details);
            await audit.RecordAsync(time.GetUtcNow(), verdict.Account, "inbox.flood", "account", verdict.Account, details, ct);
        }

        if (verdict is { NoticeTo: { } to, Notice: { } notice })
        {
            // One per account and window: the key names the window's start.
            await outbox.EnqueueAsync(to, new OutboundMessage(notice), $"flood:{verdict.Account}:{time.GetUtcNow().ToUnixTimeSeconds()}", ct);
        }

        if (turn is null || verdict.Action == FloodAction.Ignore)
        {
            return;
        }

        if (verdict.Action == FloodAction.HandleQuietly)
        {
            using (outbox.Mute())
            {
                await turn(ct);
            }

            return;
        }

        await turn(ct);
    }

    private async Task<bool> IsKnownAsync(string channel, string chatId, string key, CancellationToken ct)
    {
        var settings = bot.CurrentValue;
        if (settings.IsAdmin(key) || settings.IsLeader(key) || await members.FindAsync(channel, chatId, ct) is not null)
        {
            return true;
        }

        // Leadership groups, whether configured (Telegram:LeadershipChatIds) or set with /nhomlanhdao.
        foreach (var source in leadershipChats)
        {
            if ((await source.LeadershipChatsAsync(ct)).Any(c => c.Channel == channel && c.ChatId == chatId))
            {
                return true;
            }
        }

        return false;
    }

    private Account Track(string key, DateTimeOffset now, TimeSpan window)
    {
        if (_accounts.Count > MaxTracked)
        {
            foreach (var idle in _accounts.Where(a => a.Value.LastSeen < now - Day).Select(a => a.Key).ToList())
            {
                _accounts.Remove(idle);
            }
        }

        if (!_accounts.TryGetValue(key, out var account))
        {
            account = new Account { AnswersSince = now };
            _accounts[key] = account;
        }

        while (account.Arrivals.TryPeek(out var oldest) && oldest <= now - window)
        {
            account.Arrivals.Dequeue();
        }

        account.LastSeen = now;
        return account;
    }

    private sealed class Account
    {
        public Queue<DateTimeOffset> Arrivals { get; } = new();

        public DateTimeOffset QuietUntil { get; set; }

        public DateTimeOffset AnswersSince { get; set; }

        public int Answers { get; set; }

        public bool SilenceRecorded { get; set; }

        public bool Known { get; set; }

        public DateTimeOffset KnownUntil { get; set; }

        public DateTimeOffset LastSeen { get; set; }
    }
}
