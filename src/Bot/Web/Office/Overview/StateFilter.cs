namespace QcdcBot.Bot.Web.Office.Overview;

/// <summary>The "trạng thái" filter: a URL value, its label, and which cells it matches.</summary>
internal sealed record StateFilter(string Value, string Label, IReadOnlyList<CellKind> Kinds)
{
    public static IReadOnlyList<StateFilter> All { get; } =
    [
        new("dung-han", "nộp đúng hạn", [CellKind.OnTime]),
        new("tre", "nộp trễ", [CellKind.Late]),
        new("gia-han", "được gia hạn", [CellKind.Extended]),
        new("xin-gia-han", "xin gia hạn (chờ duyệt)", [CellKind.ExtensionPending]),
        new("dang-lam", "đang làm", [CellKind.InProgress]),
        new("gui-ngoai", "đã gửi bản giấy/iOffice", [CellKind.SentOutside]),
        new("khong-phat-sinh", "không phát sinh", [CellKind.ExcuseAccepted, CellKind.ExcusePending, CellKind.ExcuseRefused]),
        new("chua-tra-loi", "chưa trả lời", [CellKind.Silent, CellKind.Unreachable]),
        new("khong-ai-nhan", "không ai nhận tin", [CellKind.Unreachable]),
    ];

    public static StateFilter? Find(string? value) => All.FirstOrDefault(f => f.Value == value);
}
