using System.Text;
using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/trogiup: what this person can do, and nothing they cannot.</summary>
internal sealed class HelpHandler(IServiceProvider services) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["trogiup", "help", "huongdan"];

    public Access Access => Access.Everyone;

    public string Help => "/trogiup — các lệnh bạn dùng được";

    private static readonly HashSet<string> NotListed = ["trogiup", "dangky", "toi"];

    public Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var caller = context.Caller;
        if (!caller.IsKnown)
        {
            context.Reply(Hints.HowToRegister(context.Names) + "\n" + WhoAmIHandler.Line(caller.Key));
            return Task.CompletedTask;
        }

        // Resolved lazily: the router holds this handler, so it cannot be a constructor dependency.
        var router = services.GetRequiredService<CommandRouter>();
        var text = new StringBuilder();
        text.AppendLine(caller.Unit is { } unit ? $"Bạn là người nộp báo cáo của {unit.Name}." : caller.IsAdmin ? $"Bạn là quản trị ({context.Names.Office})." : "Bạn là lãnh đạo.");
        if (caller.IsSecretary)
        {
            text.AppendLine(context.TakesDocuments
                ? "• Gửi tệp (.docx, .pdf, ảnh chụp…) để nộp; trả lời tin nhắn nhắc việc để nộp đúng việc đó."
                : "• Nộp tệp: gõ /nopfile để nhận đường dẫn nộp tệp (bot trên Zalo không nhận tệp Word/PDF); ảnh chụp thì gửi thẳng vào đây, ghi kèm mã việc #….");
            text.AppendLine("• Trả lời trạng thái: \"đang làm\", \"đã gửi bản giấy\", \"đã gửi qua iOffice số …\", \"không có nội dung phát sinh\".");
        }

        // Every command the person may use (/congvan too, which anyone may use to get a letter back), except this one,
        // /dangky (already bound) and /toi (its own line below).
        foreach (var handler in router.Handlers.Where(h => CommandRouter.Allows(h.Access, caller) && !NotListed.Contains(h.Names[0])))
        {
            text.AppendLine("• " + handler.HelpFor(context));
        }

        if (caller.IsAdmin)
        {
            text.AppendLine("• " + Channels.GroupCommands.LeadershipHelp);
        }

        text.AppendLine(WhoAmIHandler.Line(caller.Key));
        text.Append("Lệnh gõ có hoặc không có dấu \"/\" và dấu tiếng Việt đều được.");
        context.Reply(text.ToString());
        return Task.CompletedTask;
    }
}
