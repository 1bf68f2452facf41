using System.Globalization;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// A number typed alone when no question is open answers nothing; instead of "Bot chưa hiểu", say what a number can
/// do: it is a deadline's own number (#N), used with a file, a status reply or a command.
/// </summary>
internal static class LoneNumber
{
    public static string? Hint(string text, Caller caller)
    {
        if (!caller.IsKnown || !TypedChoice.TryRead(text, out var n, out _))
        {
            return null;
        }

        var id = n.ToString(CultureInfo.InvariantCulture);
        var lead = $"Hiện không có câu hỏi nào đang chờ trả lời, nên số {id} chưa chọn gì. Nếu ý là việc #{id}:";
        if (caller.IsSecretary)
        {
            return $"{lead} gửi tệp kèm chú thích \"#{id}\" để nộp, trả lời \"đang làm #{id}\" hoặc \"đã gửi bản giấy #{id}\", " +
                   $"xin gia hạn: /giahan #{id} <ngày> <lý do>. Gõ /viec để xem các việc và số # của chúng.";
        }

        return caller.IsAdmin || caller.IsLeader
            ? $"{lead} /tinhhinh #{id} xem tình hình, /chuanop #{id} xem đơn vị chưa nộp. Gõ /hanchot để xem các việc và số # của chúng."
            : null;
    }
}
