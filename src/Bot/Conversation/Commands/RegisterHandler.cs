using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/start &lt;mã&gt; and /dangky &lt;mã&gt;: bind this chat account to a unit with a single-use invite code.</summary>
internal sealed class RegisterHandler(MemberStore members, UnitStore units) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["dangky", "start"];

    public Access Access => Access.Everyone;

    public string Help => "/dangky <mã> — gắn tài khoản này với đơn vị bằng mã đăng ký";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var code = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
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

        var result = await members.BindWithInviteAsync(code, context.Activity.Channel, context.Activity.UserId, context.Activity.ChatId, context.Activity.DisplayName, ct);
        switch (result.Outcome)
        {
            case BindOutcome.Bound:
                var unit = (await units.GetAsync(result.Member!.UnitId!.Value, ct))!;
                var moved = result.PreviousUnitId is { } previous && previous != unit.Id ? " (tài khoản đã được chuyển từ đơn vị cũ)" : string.Empty;
                context.Reply($"Đăng ký thành công{moved}. Bạn là người nộp báo cáo của {unit.Name}.\n" +
                              "Gõ /viec để xem việc cần nộp; gửi tệp báo cáo trực tiếp vào đây để nộp.");
                break;
            case BindOutcome.Expired:
                context.Reply($"Mã đăng ký này đã hết hạn. Xin {context.Names.Office} cấp mã mới.");
                break;
            case BindOutcome.AlreadyUsed:
                context.Reply($"Mã đăng ký này đã được dùng. Mỗi mã chỉ dùng một lần; xin {context.Names.Office} cấp mã mới.");
                break;
            default:
                context.Reply($"Mã đăng ký không đúng. Kiểm tra lại mã (8 ký tự) hoặc xin {context.Names.Office} cấp mã mới.");
                break;
        }
    }
}
