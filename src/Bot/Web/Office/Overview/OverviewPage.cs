using QcdcBot.Bot.Text;
using QcdcBot.Bot.Web.Office.Pages;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Web.Office.Overview;

/// <summary>Tổng quan: one row per unit, one column per deadline; filters are a plain GET form (no script).</summary>
internal static class OverviewPage
{
    public static string CssClass(CellKind kind) => kind switch
    {
        CellKind.OnTime => "k-ok",
        CellKind.Late => "k-tre",
        CellKind.Extended => "k-gh",
        CellKind.InProgress => "k-dl",
        CellKind.SentOutside => "k-ng",
        CellKind.ExcuseAccepted => "k-mien",
        CellKind.ExcusePending or CellKind.ExtensionPending => "k-cho",
        CellKind.Ended => "k-het",
        CellKind.ExcuseRefused => "k-tc",
        CellKind.Silent => "k-im",
        _ => "k-canh",
    };

    public static string Render(OverviewModel model, OfficeViewer viewer)
    {
        // About 60 bytes a cell: sized once so a large office does not regrow the buffer.
        var capacity = 8 * 1024 + model.Rows.Count * (120 + model.Columns.Count * 64);
        return Layout.Page("Tổng quan", viewer, model.LocalNow, html =>
        {
            Filters(html, model);
            html.Raw("<p class=\"count\">Đang hiện ").Number(model.Rows.Count).Raw("/").Number(model.UnitCount).Raw(" đơn vị; ")
                .Number(model.Columns.Count).Raw(" việc đang mở hoặc vừa đóng trong 7 ngày.</p>");
            if (model.Columns.Count == 0)
            {
                html.Raw("<p>Chưa có việc nào đang mở.</p>");
                return;
            }

            Table(html, model);
            Legend(html);
        }, capacity);
    }

    private static void Filters(HtmlWriter html, OverviewModel model)
    {
        var q = model.Query;
        html.Raw("<form method=\"get\" action=\"").Raw(OfficeRoutes.Overview).Raw("\" class=\"filters\">");
        html.Raw("<label>Loại <select name=\"loai\"><option value=\"\">tất cả</option>");
        foreach (var kind in new[] { UnitKind.DangBo, UnitKind.ChiBo, UnitKind.DoanThe })
        {
            Option(html, OverviewQuery.KindValue(kind), kind.Display(), q.Kind == kind);
        }

        html.Raw("</select></label> <label>Trạng thái <select name=\"tt\"><option value=\"\">tất cả</option>");
        foreach (var state in StateFilter.All)
        {
            Option(html, state.Value, state.Label, q.State == state);
        }

        html.Raw("</select></label> <label>Tìm <input type=\"search\" name=\"q\" value=\"").Text(q.Search)
            .Raw("\" placeholder=\"tên hoặc mã, gõ không dấu cũng được\"></label> <label>Xếp theo <select name=\"sx\">");
        Option(html, "ten", "tên", q.Sort == OverviewSort.Name);
        Option(html, "trang-thai", "trạng thái", q.Sort == OverviewSort.State);
        Option(html, "tre", "số ngày trễ", q.Sort == OverviewSort.DaysLate);
        html.Raw("</select></label> <button type=\"submit\">Lọc</button> <a href=\"").Raw(OfficeRoutes.Overview).Raw("\">Bỏ lọc</a></form>");
    }

    private static void Option(HtmlWriter html, string value, string label, bool selected) =>
        html.Raw("<option value=\"").Raw(value).Raw(selected ? "\" selected>" : "\">").Text(label).Raw("</option>");

    private static void Table(HtmlWriter html, OverviewModel model)
    {
        html.Raw("<table class=\"overview\"><thead><tr><th class=\"unit\">Đơn vị</th>");
        foreach (var column in model.Columns)
        {
            var d = column.Deadline;
            html.Raw("<th data-viec=\"").Number(d.Id).Raw("\">").Link(OfficeRoutes.Deadline(d.Id), d.Title)
                .Raw("<span class=\"due\">hạn ").Text(VietnameseWording.Date(d.DueDate)).Raw(column.Closed ? " (đã đóng)" : string.Empty).Raw("</span>")
                .Raw("<span class=\"tally\">").Number(column.Completion.Done).Raw("/").Number(column.Completion.InScope)
                .Raw(" (").Text(CompletionWording.Percent(column.Completion)).Raw(")</span>")
                .Raw(column.Completion.Excused > 0 ? "<span class=\"split\">" : string.Empty).Text(column.Completion.Excused > 0 ? CompletionWording.Split(column.Completion) : string.Empty)
                .Raw(column.Completion.Excused > 0 ? "</span>" : string.Empty)
                .Raw("<progress max=\"").Number(Math.Max(1, column.Completion.InScope)).Raw("\" value=\"").Number(column.Completion.Done).Raw("\"></progress></th>");
        }

        html.Raw("</tr></thead><tbody>");
        foreach (var row in model.Rows)
        {
            html.Raw("<tr data-ma=\"").Text(row.Unit.Code).Raw("\"><th class=\"unit\">").Link(OfficeRoutes.Unit(row.Unit.Id), row.Unit.Name).Raw("</th>");
            foreach (var cell in row.Cells)
            {
                if (cell is null)
                {
                    html.Raw("<td class=\"na\"></td>");
                    continue;
                }

                html.Raw("<td class=\"").Raw(CssClass(cell.Kind)).Raw("\"><b>").Raw(cell.Symbol).Raw("</b> ").Text(cell.Text).Raw("</td>");
            }

            html.Raw("</tr>");
        }

        html.Raw("</tbody></table>");
    }

    private static void Legend(HtmlWriter html)
    {
        html.Raw("<p class=\"legend\">Chú giải: <span class=\"k-ok\"><b>✓</b> nộp đúng hạn</span> <span class=\"k-tre\"><b>✓!</b> nộp trễ</span> ")
            .Raw("<span class=\"k-gh\"><b>⏳</b> được gia hạn</span> <span class=\"k-dl\"><b>…</b> đang làm</span> ")
            .Raw("<span class=\"k-ng\"><b>✉</b> đã gửi bản giấy/iOffice</span> <span class=\"k-mien\"><b>∅</b> không phát sinh (chấp nhận)</span> ")
            .Raw("<span class=\"k-cho\"><b>∅?</b> không phát sinh (chờ duyệt)</span> <span class=\"k-cho\"><b>⏳?</b> xin gia hạn (chờ duyệt)</span> ")
            .Raw("<span class=\"k-im\"><b>✗</b> chưa trả lời</span> <span class=\"k-het\"><b>–</b> không còn phải nộp (việc đã kết thúc/đã hủy)</span> ")
            .Raw("<span class=\"k-canh\"><b>⚠️</b> không ai nhận tin</span>; ô trống: việc không giao cho đơn vị.</p>");
    }
}
