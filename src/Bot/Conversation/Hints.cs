using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Conversation;

/// <summary>The short replies for people who are lost: unregistered, not allowed, or typing something unknown.</summary>
internal static class Hints
{
    public const string HowToRegister =
        "Bạn chưa đăng ký với bot. Xin mã đăng ký của đơn vị từ Ban Tuyên giáo Đảng ủy Khối rồi gửi: /dangky <mã> (ví dụ: /dangky ABCD2345).";

    public static string Empty(Caller caller) => caller.IsKnown
        ? "Tin nhắn trống. Gõ /trogiup để xem các lệnh."
        : HowToRegister;

    public static string Unknown(Caller caller)
    {
        if (!caller.IsKnown)
        {
            return HowToRegister;
        }

        if (caller.IsSecretary)
        {
            return "Bot chưa hiểu tin nhắn này. Bạn có thể: gửi tệp báo cáo, trả lời \"đang làm\", \"đã gửi bản giấy\", " +
                   "\"đã gửi qua iOffice số …\", \"không có nội dung phát sinh\", hoặc gõ /viec để xem việc cần nộp, /trogiup để xem tất cả.";
        }

        return "Bot chưa hiểu tin nhắn này. Gõ /trogiup để xem các lệnh.";
    }

    public static string NotAllowed(Caller caller, Access access) => access switch
    {
        _ when !caller.IsKnown => HowToRegister,
        Access.Secretary => "Lệnh này dành cho thư ký đơn vị đã đăng ký. Gửi /dangky <mã> để gắn tài khoản với đơn vị.",
        Access.AdminOrLeader => "Lệnh này dành cho lãnh đạo và Ban Tuyên giáo.",
        _ => "Lệnh này chỉ dành cho cán bộ Ban Tuyên giáo (quản trị bot).",
    };
}
