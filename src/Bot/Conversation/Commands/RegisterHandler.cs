using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// /start &lt;mã&gt; and /dangky &lt;mã&gt;: bind this chat account to a unit with a single-use invite code. Moving
/// from another unit is asked first; failed codes are throttled per account and written to the audit log.
/// </summary>
internal sealed class RegisterHandler(MemberStore members, UnitStore units, InviteStore invites, AdminDirectory admins, OfficeClock clock) : ICommandHandler
{
    /// <summary>Wrong codes an account may try within <see cref="FailureWindow"/> before it has to wait.</summary>
    public const int MaxFailures = 5;

    public static readonly TimeSpan FailureWindow = TimeSpan.FromHours(1);

    public IReadOnlyList<string> Names => RegistrationText.CommandNames;

    public Access Access => Access.Everyone;

    public string Help => "/dangky <mã> — gắn tài khoản này với đơn vị bằng mã đăng ký";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var (stripped, confirmed) = Confirmation.Strip(arguments);
        var code = Code(stripped);
        if (code is null)
        {
            context.Reply(context.Caller.IsKnown
                ? "Chào bạn! Gõ /trogiup để xem các lệnh."
                : $"Chào bạn! Đây là bot nhận báo cáo Quy chế dân chủ ở cơ sở của {context.Names.Organization}. " + Hints.HowToRegister(context.Names));
            return;
        }

        if (context.Activity.IsGroup)
        {
            context.Reply("Xin đăng ký trong tin nhắn riêng với bot, không đăng ký trong nhóm.");
            return;
        }

        if (code.Length != CodeLength || !code.All(char.IsAsciiLetterOrDigit))
        {
            // A mistyped shape is no guess: it is not counted against the account.
            context.Reply($"Mã đăng ký gồm {CodeLength} chữ và số, ví dụ /dangky ABCD2345; \"{Shorten(stripped)}\" không phải dạng đó. Xin gõ lại đúng mã {context.Names.Office} gửi.");
            return;
        }

        // Guessing is throttled before the code is even looked at, so a guesser learns nothing more by trying.
        var since = clock.UtcNow - FailureWindow;
        if (await invites.FailuresSinceAsync(context.Caller.Key, since, ct) >= MaxFailures)
        {
            // Every code, a new one too, waits for the pause to end: say until when, in office time.
            var until = await invites.PausedUntilAsync(context.Caller.Key, MaxFailures, FailureWindow, ct) ?? clock.UtcNow + FailureWindow;
            context.Reply($"Tài khoản này đã nhập sai mã {MaxFailures} lần nên bot tạm dừng nhận mã từ tài khoản này đến {Until(until)}; " +
                          $"trong lúc đó mọi mã, kể cả mã mới, đều chưa nhận được. Đến giờ đó xin gửi lại mã; cần gấp thì liên hệ {context.Names.Office}.");
            return;
        }

        var invite = await invites.FindAsync(code, ct);
        if (invite is { UsedAt: null } && invite.ExpiresAt > clock.UtcNow && context.Caller.Unit is { } already && already.Id == invite.UnitId)
        {
            // A member typing a code of their own unit (forwarded in the unit's group, meant for a newcomer) would only
            // burn it: the code stays unused and counts as no wrong guess.
            context.Reply($"Bạn đã là người nộp báo cáo của {already.Name}, không cần đăng ký lại. Mã {code} chưa bị dùng: " +
                          "xin chuyển mã này cho người cần đăng ký (mỗi mã chỉ dùng được một lần).");
            return;
        }

        if (invite is { UsedAt: null } && invite.ExpiresAt > clock.UtcNow && context.Caller.Unit is { } current && current.Id != invite.UnitId && !confirmed)
        {
            // One chat account serves one unit (every file, reply and reminder is that unit's, never a guess between
            // two): moving leaves the old one, so say which, what to do to serve both, and move only on a yes.
            var target = (await units.GetAsync(invite.UnitId, ct))!;
            Confirmation.Ask(context,
                $"Tài khoản này đang là người nộp báo cáo của {current.Name}. Mỗi tài khoản chat chỉ nộp cho một đơn vị, " +
                $"nên dùng mã này sẽ chuyển sang {target.Name} và rời {current.Name} (không còn nhận nhắc việc, không nộp được cho {current.Name} từ tài khoản này).\n" +
                $"Nếu bạn làm thư ký cả hai đơn vị: giữ tài khoản này cho {current.Name} (trả lời \"Không\") và đăng ký {target.Name} bằng một tài khoản " +
                $"{ChannelName(context.Activity.Channel)} khác với cùng mã này; hoặc gửi báo cáo của một đơn vị cho {context.Names.Office} để văn phòng ghi nhận thay (/ghinhan).\n" +
                $"Chuyển sang {target.Name}?",
                $"/dangky {code}", $"Đúng, chuyển sang {target.Name}");
            return;
        }

        var result = await members.BindWithInviteAsync(code, context.Activity.Channel, context.Activity.UserId, context.Activity.ChatId, context.Activity.DisplayName, ct);
        if (result.Outcome == BindOutcome.Bound)
        {
            await BoundAsync(context, result, ct);
            return;
        }

        var failures = await invites.RecordFailureAsync(context.Caller.Key, code, since, ct);
        if (failures == MaxFailures)
        {
            foreach (var admin in await admins.AdminsAsync(ct))
            {
                context.Send(admin, new OutboundMessage(
                    $"⚠️ Tài khoản {context.Caller.Key} ({context.Activity.DisplayName}) đã nhập sai mã đăng ký {failures} lần trong 1 giờ; bot tạm không nhận mã từ tài khoản này. Chi tiết trong nhật ký (audit log)."));
            }
        }

        // Unknown and already-used codes get the same answer, so trying codes tells nobody which ones exist.
        var paused = failures >= MaxFailures && await invites.PausedUntilAsync(context.Caller.Key, MaxFailures, FailureWindow, ct) is { } pausedUntil
            ? $"\nBạn đã nhập sai mã {failures} lần nên bot tạm dừng nhận mã từ tài khoản này đến {Until(pausedUntil)} (mã mới cũng phải chờ đến lúc đó)."
            : string.Empty;
        context.Reply((result.Outcome == BindOutcome.Expired
            ? $"Mã đăng ký này đã hết hạn. Xin {context.Names.Office} cấp mã mới."
            : $"Mã đăng ký không đúng hoặc đã được dùng. Kiểm tra lại mã (8 ký tự) hoặc xin {context.Names.Office} cấp mã mới.") + paused);
    }

    /// <summary>"15:05 30/11/2026": when a pause ends, in office time.</summary>
    private string Until(DateTimeOffset instant) => VietnameseWording.Time(clock.ToLocal(instant));

    private const int CodeLength = 8;

    /// <summary>
    /// The code as meant: "5yrk s5bq", "5yrks5bq.", ": TUMZ8CWU" are all 5YRKS5BQ / TUMZ8CWU (spaces and punctuation
    /// inside dropped, case ignored); with more words after it, the first word. Null when nothing was typed.
    /// </summary>
    private static string? Code(string typed)
    {
        var all = new string(typed.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        if (all.Length == 0)
        {
            return typed.Trim().Length == 0 ? null : typed.Trim();
        }

        if (all.Length == CodeLength)
        {
            return all;
        }

        if (CodeIn(typed, registering: true) is { } inside)
        {
            // "k58f 2d8u a" ("ạ" typed without marks), "H9PVU8TF ạ", "mã: H9PVU8TF nhé": the code among polite words.
            return inside;
        }

        var first = typed.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant())
            .FirstOrDefault(w => w.Length > 0);
        return first ?? all;
    }

    /// <summary>
    /// An invite code inside a sentence: one word, or two adjacent words ("k58f 2d8u"), of plain letters and digits
    /// making <see cref="CodeLength"/> characters. Outside /dangky (<paramref name="registering"/> false) it must hold a
    /// digit or be typed in capitals, so ordinary words are never taken for a code.
    /// </summary>
    public static string? CodeIn(string text, bool registering = false)
    {
        // "7VA8-NR4C": a code copied in two groups of four with a dash is its two words.
        var words = text.Split([' ', ',', ';', ':', '.', '!', '?', '"', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.All(char.IsAsciiLetterOrDigit) ? w : string.Empty)
            .ToList();
        bool Fits(string w) => w.Length == CodeLength && w.Any(char.IsAsciiLetter) &&
                               (registering || w.Any(char.IsAsciiDigit) || !w.Any(char.IsAsciiLetterLower));
        var pairs = words.Zip(words.Skip(1), (a, b) => a.Length > 0 && b.Length > 0 ? a + b : string.Empty);
        return (words.FirstOrDefault(Fits) ?? pairs.FirstOrDefault(Fits))?.ToUpperInvariant();
    }

    private static string ChannelName(string channel) => channel switch
    {
        "telegram" => "Telegram",
        "zalo" => "Zalo",
        _ => "chat",
    };

    private static string Shorten(string typed) => TextCut.Excerpt(typed.Trim(), 20);

    private async Task BoundAsync(TurnContext context, BindResult result, CancellationToken ct)
    {
        var unit = (await units.GetAsync(result.Member!.UnitId!.Value, ct))!;
        var left = result.PreviousUnitId is { } previous && previous != unit.Id ? await units.GetAsync(previous, ct) : null;
        var moved = left is null ? string.Empty : $" Tài khoản đã rời {left.Name}.";
        context.Reply($"Đăng ký thành công. Bạn là người nộp báo cáo của {unit.Name}.{moved}\n" +
                      "Gõ /viec để xem việc cần nộp; " + (context.TakesDocuments ? "gửi tệp báo cáo trực tiếp vào đây để nộp." : Hints.HandIn(false) + "."));
        if (left is not null && !(await members.ForUnitAsync(left.Id, ct)).Any(m => m.Reachable))
        {
            foreach (var admin in await admins.AdminsAsync(ct))
            {
                context.Send(admin, new OutboundMessage(
                    $"⚠️ {left.Name} ({left.Code}) không còn ai nhận tin: {context.Activity.DisplayName} vừa chuyển sang {unit.Name}. Cấp mã mới cho {left.Code} bằng /madangky {left.Code}."));
            }
        }
    }
}
