using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Bot.Web.Office.Overview;
using QcdcBot.Bot.Web.Office.Pages;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Reminders;

namespace QcdcBot.Bot.Web.Office.Deadlines;

/// <summary>Việc: due date, scope, numbers, requests to decide (admins), reminders sent and coming, every unit.</summary>
internal static class DeadlinePage
{
    public static string Render(DeadlinePageModel model, OfficeViewer viewer, string? notice = null)
    {
        var t = model.Tally;
        var d = t.Deadline;
        var today = DateOnly.FromDateTime(model.LocalNow.DateTime);
        return Layout.Page(d.Title, viewer, model.LocalNow, html =>
        {
            if (notice is not null)
            {
                html.Element("p", notice, "notice");
            }

            html.Raw("<ul class=\"facts\"><li>Hạn: ").Text(VietnameseWording.DateWithWeekday(d.DueDate)).Raw(" (")
                .Text(d.State == DeadlineState.Open ? VietnameseWording.TimeLeft(d.DueDate, today) : d.State == DeadlineState.Closed ? "đã đóng" : "đã hủy")
                .Raw(")</li><li>Giao cho: ").Text(model.Scope).Raw("</li><li>").Text(t.Excused > 0 ? "Đã xong" : "Đã nộp").Raw(": <b>")
                .Text(VietnameseWording.CountWithPercent(t.Completion.Done, t.InScope)).Raw("</b>").Text(t.Excused > 0 ? $" ({CompletionWording.Split(t.Completion)})" : string.Empty).Raw(" — đúng hạn ").Number(t.OnTime).Raw(", trễ ").Number(t.Late)
                .Raw(", được gia hạn ").Number(t.Extended).Raw(", được miễn ").Number(t.Excused)
                .Text(string.Concat(t.OwedAfterRefusal.Where(r => r.Count > 0).Select(r => $", {Conversation.RefusalWording.For(r.Reason).Label} {r.Count}"))).Raw($", chưa nộp {Conversation.SilentWording.Label(t.Deadline.State)} ").Number(t.Silent)
                .Raw("</li></ul><p class=\"actions\">").Link(OfficeRoutes.DeadlineWorkbook(d.Id), "Tải bảng Excel (.xlsx)").Raw(" · ")
                .Link(OfficeRoutes.Archive(d.Id), "Tải các tệp đã nộp (.zip)").Raw("</p>");

            Requests(html, model, viewer);
            Reminders(html, model);
            Units(html, model);
        }, 32 * 1024 + model.Standings.Count * 400);
    }

    private static void Requests(HtmlWriter html, DeadlinePageModel model, OfficeViewer viewer)
    {
        var d = model.Tally.Deadline;
        html.Raw("<h2>Đề nghị chờ duyệt</h2>");
        if (model.PendingExtensions.Count == 0 && model.PendingExcuses.Count == 0)
        {
            html.Raw("<p>Không có đề nghị nào đang chờ.</p>");
            return;
        }

        html.Raw("<table class=\"requests\"><thead><tr><th>Số</th><th>Đơn vị</th><th>Đề nghị</th><th>Lúc</th><th></th></tr></thead><tbody>");
        foreach (var (request, unit) in model.PendingExtensions)
        {
            html.Raw("<tr data-giahan=\"").Number(request.Id).Raw("\"><td>#").Number(request.Id).Raw("</td><td>").Link(OfficeRoutes.Unit(unit.Id), unit.Name)
                .Raw("</td><td>Gia hạn đến ").Text(VietnameseWording.Date(request.RequestedDate)).Raw(": ").Text(request.Reason)
                .Raw("</td><td>").Text(VietnameseWording.Time(request.RequestedAt.ToOffset(model.LocalNow.Offset))).Raw("</td><td class=\"actions\">");
            if (viewer.IsAdmin)
            {
                Decision(html, OfficeRoutes.ExtensionDecision(d.Id, request.Id), viewer, "dong-y", "Đồng ý gia hạn");
                Decision(html, OfficeRoutes.ExtensionDecision(d.Id, request.Id), viewer, "tu-choi", "Từ chối");
            }

            html.Raw("</td></tr>");
        }

        foreach (var (note, unit) in model.PendingExcuses)
        {
            html.Raw("<tr data-khongphatsinh=\"").Number(note.Id).Raw("\"><td>#").Number(note.Id).Raw("</td><td>").Link(OfficeRoutes.Unit(unit.Id), unit.Name)
                .Raw("</td><td>Không có nội dung phát sinh: ").Text(note.Text)
                .Raw("</td><td>").Text(VietnameseWording.Time(note.CreatedAt.ToOffset(model.LocalNow.Offset))).Raw("</td><td class=\"actions\">");
            if (viewer.IsAdmin)
            {
                Decision(html, OfficeRoutes.ExcuseDecision(d.Id, note.Id), viewer, "chap-nhan", "Chấp nhận");
                Decision(html, OfficeRoutes.ExcuseDecision(d.Id, note.Id), viewer, "khong-chap-nhan", "Không chấp nhận");
            }

            html.Raw("</td></tr>");
        }

        html.Raw("</tbody></table>");
        if (!viewer.IsAdmin)
        {
            html.Raw("<p>Chỉ quản trị bot (cán bộ văn phòng) duyệt đề nghị.</p>");
        }
    }

    private static void Decision(HtmlWriter html, string action, OfficeViewer viewer, string value, string label)
    {
        Layout.Form(html, action, viewer.Session.FormToken);
        html.Raw("<input type=\"hidden\" name=\"quyet\" value=\"").Raw(value).Raw("\"><button type=\"submit\">").Text(label).Raw("</button></form> ");
    }

    private static void Reminders(HtmlWriter html, DeadlinePageModel model)
    {
        html.Raw("<h2>Nhắc việc</h2>");
        var sent = model.Sent.Where(e => e.Outcome == LedgerOutcome.Sent)
            .GroupBy(e => (Date: DateOnly.FromDateTime(e.SentAt.ToOffset(model.LocalNow.Offset).DateTime), Slot: SlotNames.Describe(e.Slot)))
            .ToList();
        if (sent.Count == 0)
        {
            html.Raw("<p>Chưa gửi lần nhắc nào.</p>");
        }
        else
        {
            html.Raw("<p>Đã gửi:</p><ul>");
            foreach (var group in sent)
            {
                var named = group.Where(e => e.UnitId != ReminderLedgerStore.DeadlineWide).Select(e => model.UnitsById.TryGetValue(e.UnitId, out var u) ? u.Code : "?").ToList();
                html.Raw("<li>").Text(VietnameseWording.Date(group.Key.Date)).Raw(", ").Text(group.Key.Slot);
                if (named.Count > 0)
                {
                    html.Raw(": ").Number(named.Count).Raw(" đơn vị (").Text(string.Join(", ", named)).Raw(")");
                }

                html.Raw("</li>");
            }

            html.Raw("</ul>");
        }

        if (model.Coming.Count == 0)
        {
            html.Raw("<p>Không có lần nhắc nào trong 14 ngày tới.</p>");
            return;
        }

        html.Raw("<p>Sắp nhắc (như hiện nay; đơn vị nộp rồi sẽ không bị nhắc):</p><ul>");
        foreach (var e in model.Coming)
        {
            html.Raw("<li>").Text(VietnameseWording.DateWithWeekday(e.Date)).Raw(", ").Text(string.Join(", ", e.Slots.Select(SlotNames.Describe)))
                .Raw(": ").Number(e.UnitCount).Raw(" đơn vị (").Text(string.Join(", ", e.Units.Select(u => u.Code))).Raw(")</li>");
        }

        html.Raw("</ul>");
    }

    private static void Units(HtmlWriter html, DeadlinePageModel model)
    {
        html.Raw("<h2>Từng đơn vị</h2><table class=\"units\"><thead><tr><th>Đơn vị</th><th>Tình trạng</th><th>Bản nộp mới nhất</th></tr></thead><tbody>");
        foreach (var (s, cell) in model.Standings)
        {
            html.Raw("<tr data-ma=\"").Text(s.Unit.Code).Raw("\"><th>").Link(OfficeRoutes.Unit(s.Unit.Id), s.Unit.Name).Raw("</th><td class=\"")
                .Raw(OverviewPage.CssClass(cell.Kind)).Raw("\"><b>").Raw(cell.Symbol).Raw("</b> ").Text(cell.Text).Raw("</td><td>");
            // Files from the latest version that has any, beside the latest record of a paper copy (as /taifile does).
            if (s.LatestWithFiles is { } latest)
            {
                html.Raw("Lần ").Number(latest.Version).Raw(", ").Text(VietnameseWording.Time(latest.ReceivedAt.ToOffset(model.LocalNow.Offset)));
                foreach (var file in latest.Files)
                {
                    html.Raw("<br>").Link(OfficeRoutes.File(latest.Id, file.Ordinal), file.OriginalName).Raw(" (").Text(VietnameseWording.FileSize(file.Size)).Raw(")");
                }
            }

            if (s.LatestPaper is { } paper)
            {
                html.Raw(s.LatestWithFiles is null ? string.Empty : "<br>").Raw("Nộp ngoài bot ")
                    .Text(VietnameseWording.Time(paper.ReceivedAt.ToOffset(model.LocalNow.Offset))).Text(Conversation.Submissions.OutsideNote.After(paper.Note));
            }

            html.Raw("</td></tr>");
        }

        html.Raw("</tbody></table>");
    }
}
