using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Exports;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/xuat [việc]: the progress workbook (.xlsx), for one deadline or, without one, for every deadline ever set.</summary>
internal sealed class ExportHandler(DeadlineArgument argument, DeadlineStore deadlines, ProgressWorkbook workbook) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["xuat"];

    public Access Access => Access.AdminOrLeader;

    public string Help => "/xuat [việc] — bảng Excel tình hình nộp (không ghi việc: tất cả các việc)";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        IReadOnlyList<Deadline> chosen;
        if (arguments.Trim().Length == 0)
        {
            // Closed and cancelled ones too: the workbook is the record, and the summary marks their state.
            chosen = await deadlines.ListAsync(includeClosed: true, ct);
            if (chosen.Count == 0)
            {
                context.Reply("Chưa có việc nào để xuất.");
                return;
            }
        }
        else
        {
            var deadline = await argument.ResolveAsync(context, arguments, d => $"/xuat #{d.Id}", includeClosed: true, ct);
            if (deadline is null)
            {
                return;
            }

            chosen = [deadline];
        }

        var document = await workbook.BuildAsync(chosen, ct);
        var text = chosen.Count == 1
            ? $"Bảng tình hình nộp việc \"{chosen[0].Title}\": trang \"{SummarySheet.Name}\" và trang chi tiết từng đơn vị."
            : $"Bảng tình hình nộp {chosen.Count} việc: trang \"{SummarySheet.Name}\" và mỗi việc một trang chi tiết.";
        context.Reply(new OutboundMessage(text) { Document = document });
    }
}
