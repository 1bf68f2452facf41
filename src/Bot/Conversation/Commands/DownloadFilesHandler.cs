using System.Text;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Exports;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/taifile &lt;việc&gt;: the latest files every unit submitted, zipped one folder per unit, in parts the channel can send.</summary>
internal sealed class DownloadFilesHandler(DeadlineArgument argument, UnitBesideDeadline units, SubmissionArchiver archiver, IOptionsMonitor<ExportOptions> options) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["taifile"];

    public Access Access => Access.Admin;

    public string Help => "/taifile <việc> [đơn vị] — tải các tệp đơn vị đã nộp (bản mới nhất), nén .zip";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        // "/taifile NHNN #3", "/taifile #3 NHNN", "/taifile bc 6 thang ngan hang nha nuoc": one unit's files only.
        var (only, named) = await units.SplitAsync(arguments, context, ct);
        var deadline = await argument.ResolveAsync(context, named, d => only is null ? $"/taifile #{d.Id}" : $"/taifile #{d.Id} {only.Code}", includeClosed: true, ct);
        if (deadline is null)
        {
            return;
        }

        var limit = options.CurrentValue.MaxDocumentBytes;
        var archive = await archiver.BuildAsync(deadline, limit, ct, only?.Id);
        var text = new StringBuilder();
        if (only is not null)
        {
            text.Append(archive.Parts.Count == 0
                ? $"Việc \"{deadline.Title}\": {only.Name} ({only.Code}) chưa nộp tệp nào qua bot."
                : $"Việc \"{deadline.Title}\", {only.Name} ({only.Code}): {archive.FileCount} tệp (bản nộp mới nhất).");
        }
        else if (archive.Parts.Count == 0)
        {
            text.Append($"Việc \"{deadline.Title}\": chưa có đơn vị nào nộp tệp.");
        }
        else
        {
            text.Append($"Việc \"{deadline.Title}\": {archive.FileCount} tệp của {archive.UnitCount} đơn vị (bản nộp mới nhất), mỗi đơn vị một thư mục.");
            if (archive.Parts.Count > 1)
            {
                text.Append($"\nChia thành {archive.Parts.Count} phần vì mỗi tệp gửi qua kênh này tối đa {VietnameseWording.FileSize(limit)}; mỗi đơn vị nằm trọn trong một phần.");
            }
        }

        foreach (var unit in archive.SplitUnits)
        {
            text.Append($"\nLưu ý: tệp của {unit} cộng lại lớn hơn {VietnameseWording.FileSize(limit)} nên được chia sang nhiều phần.");
        }

        foreach (var file in archive.TooLargeFiles)
        {
            text.Append($"\nLưu ý: tệp \"{file}\" một mình đã lớn hơn {VietnameseWording.FileSize(limit)}; phần chứa nó có thể không gửi được qua kênh này.");
        }

        if (archive.UnitsAlsoOnPaper.Count > 0)
        {
            text.Append($"\n{archive.UnitsAlsoOnPaper.Count} đơn vị có cả tệp gửi qua bot (trong tệp nén) và bản ghi nhận ngoài bot: {string.Join(", ", archive.UnitsAlsoOnPaper)}.");
        }

        if (archive.UnitsWithoutFiles.Count > 0)
        {
            text.Append($"\n{archive.UnitsWithoutFiles.Count} đơn vị nộp ngoài bot (không có tệp): {string.Join(", ", archive.UnitsWithoutFiles)}.");
        }

        if (archive.MissingFiles.Count > 0)
        {
            text.Append($"\nKhông đọc được {archive.MissingFiles.Count} tệp trong kho: {string.Join("; ", archive.MissingFiles)}.");
        }

        if (archive.Parts.Count == 1)
        {
            context.Reply(new OutboundMessage(text.ToString()) { Document = archive.Parts[0], AboutDeadlineId = deadline.Id });
            return;
        }

        context.Reply(new OutboundMessage(text.ToString()) { AboutDeadlineId = deadline.Id });
        for (var i = 0; i < archive.Parts.Count; i++)
        {
            var units = archive.UnitsPerPart[i];
            context.Reply(new OutboundMessage($"Phần {i + 1}/{archive.Parts.Count}: {units.Count} đơn vị, từ {units[0]} đến {units[^1]}.")
            {
                Document = archive.Parts[i],
            });
        }
    }
}
