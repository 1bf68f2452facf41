using System.Text;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>The proposal as the admin reads it: the letter, each deadline numbered with its sentence, and what to answer.</summary>
internal static class ProposalText
{
    public const string HowToAnswer =
        "Trả lời \"tạo tất cả\" hoặc \"tạo 1,2\" để giao việc; sửa trước khi tạo: \"sửa 2 trước 30/10/2024\", \"sửa 1 tên <tên mới>\", " +
        "\"sửa 2 cho NHNN, SYT\"; \"hủy\" để bỏ. Chưa tạo việc nào.";

    public static string Render(LetterDraft draft, IReadOnlyList<Unit> allUnits)
    {
        var text = new StringBuilder(draft.Header.Describe());
        if (draft.Items.Count == 0)
        {
            text.Append("\nKhông thấy hạn nộp nào cho các đơn vị trong văn bản này (ngày của văn bản khác, thời kỳ \"từ ngày … đến ngày …\" và số liệu \"tính đến ngày …\" không phải hạn nộp). Chưa tạo việc nào.");
            return text.ToString();
        }

        text.Append($"\nTìm thấy {draft.Items.Count} hạn nộp:");
        foreach (var item in draft.Items)
        {
            text.Append('\n').Append(Item(item, allUnits));
        }

        text.Append('\n').Append(HowToAnswer);
        return text.ToString();
    }

    public static string Item(DraftDeadline item, IReadOnlyList<Unit> allUnits)
    {
        var text = new StringBuilder($"{item.Number}. {item.Title}\n");
        text.Append("   Hạn: ").Append(item.Due is { } due ? VietnameseWording.DateWithWeekday(due) : "chưa có (ngày không có thật)").Append('\n');
        text.Append("   Đơn vị: ").Append(Scope(item, allUnits)).Append('\n');
        text.Append($"   Câu gốc: \"{item.Quote}\"");
        foreach (var warning in item.Warnings)
        {
            text.Append("\n   ⚠️ ").Append(warning);
        }

        return text.ToString();
    }

    public static string Scope(DraftDeadline item, IReadOnlyList<Unit> allUnits)
    {
        var scope = item.Scope switch
        {
            DeadlineScope.All => $"tất cả {allUnits.Count} đơn vị",
            DeadlineScope.Grassroots => $"{allUnits.Count(u => u.IsGrassroots)} chi, đảng bộ cơ sở",
            DeadlineScope.Kind => $"các {item.ScopeKind!.Value.Display()} ({allUnits.Count(u => u.Kind == item.ScopeKind)} đơn vị)",
            // In the letter's order, so the admin can follow along.
            _ => string.Join(", ", item.UnitIds.Select(id => allUnits.FirstOrDefault(u => u.Id == id)).OfType<Unit>().Select(u => $"{u.Name} ({u.Code})")),
        };
        if (item.Unmatched.Count > 0)
        {
            scope += (scope.Length > 0 ? "; " : string.Empty) + "chưa khớp: " + string.Join(", ", item.Unmatched.Select(n => $"\"{n}\""));
        }

        return scope;
    }
}
