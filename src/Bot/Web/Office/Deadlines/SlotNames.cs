namespace QcdcBot.Bot.Web.Office.Deadlines;

/// <summary>Reminder slots ("before-3@2024-10-25", "overdue-2", "manual-…") in the office's words.</summary>
internal static class SlotNames
{
    public static string Describe(string slot)
    {
        var name = slot.Split('@')[0];
        if (name.StartsWith("before-", StringComparison.Ordinal))
        {
            return $"trước hạn {name["before-".Length..]} ngày";
        }

        if (name.StartsWith("overdue-", StringComparison.Ordinal))
        {
            return $"quá hạn, lần {name["overdue-".Length..]}";
        }

        return name switch
        {
            "due" => "đúng ngày hạn",
            _ when name.StartsWith("manual", StringComparison.Ordinal) => "nhắc ngay (/nhacngay)",
            _ when name.StartsWith("unreachable", StringComparison.Ordinal) => "báo quản trị bot: không ai nhận tin",
            _ when name.StartsWith("escalat", StringComparison.Ordinal) => "báo quản trị bot: còn đơn vị chưa nộp",
            _ => name,
        };
    }
}
