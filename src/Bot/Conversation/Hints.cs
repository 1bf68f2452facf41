using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Conversation;

/// <summary>The short replies for people who are lost: unregistered, not allowed, or typing something unknown.</summary>
internal static class Hints
{
    public static string HowToRegister(OfficeNames names) =>
        $"Bạn chưa đăng ký với bot. Xin mã đăng ký của đơn vị từ {names.Full} rồi gửi: /dangky <mã> (ví dụ: /dangky ABCD2345).";

    /// <summary>A photo or file from someone not registered: it was not kept, so it must be sent again after registering.</summary>
    public static string FileFromStranger(OfficeNames names) =>
        $"Bot chưa lưu ảnh/tệp này vì bạn chưa đăng ký với bot. Xin mã đăng ký của đơn vị từ {names.Full}, gửi: /dangky <mã> (ví dụ: /dangky ABCD2345), rồi gửi lại ảnh/tệp.";

    /// <summary>For someone neither configured nor registered who writes to the bot in a group chat.</summary>
    public static string StrangerInGroup(string key, OfficeNames names) =>
        $"Trong nhóm, bot chỉ trả lời lãnh đạo và {names.Office}. Tài khoản {key} chưa có trong danh sách: nếu bạn là lãnh đạo, xin báo mã này cho {names.Office} để được thêm.";

    public static string Empty(Caller caller, OfficeNames names) => caller.IsKnown
        ? "Tin nhắn trống. Gõ /trogiup để xem các lệnh."
        : HowToRegister(names);

    public static string Unknown(Caller caller, OfficeNames names, bool takesDocuments = true)
    {
        if (!caller.IsKnown)
        {
            return HowToRegister(names);
        }

        if (caller.IsSecretary)
        {
            return $"Bot chưa hiểu tin nhắn này. Bạn có thể: {HandIn(takesDocuments)}, trả lời \"đang làm\", \"đã gửi bản giấy\", " +
                   "\"đã gửi qua iOffice số …\", \"không có nội dung phát sinh\", hoặc gõ /viec để xem việc cần nộp, /trogiup để xem tất cả.";
        }

        return "Bot chưa hiểu tin nhắn này. Gõ /trogiup để xem các lệnh.";
    }

    /// <summary>The answer to a thank-you or an "ok" that asks for nothing.</summary>
    public const string Courtesy = "Dạ, cảm ơn bạn.";

    /// <summary>Why a Word/PDF file sent in a Zalo chat never reached the bot (Zalo passes on only text and photos).</summary>
    public const string FilesNotPassed =
        "Zalo không chuyển tệp Word/PDF gửi trong chat cho bot (chỉ chuyển chữ và ảnh chụp), nên bot chưa nhận được tệp đó. " +
        "Xin nộp tệp qua trang nộp tệp theo đường dẫn bot gửi (gõ /nopfile bất cứ lúc nào để nhận lại).";

    /// <summary>How to hand in a file on the caller's channel: send it, or (where the bot cannot receive files) get the upload link.</summary>
    public static string HandIn(bool takesDocuments) =>
        takesDocuments ? "gửi tệp báo cáo" : "gõ /nopfile để nhận đường dẫn nộp tệp (bot trên Zalo không nhận tệp Word/PDF; ảnh chụp thì gửi thẳng vào đây)";

    /// <summary>What to do with text too long for a message: send it as a file, or where the bot takes none, hand it in on the upload page.</summary>
    public static string TooLong(int length, int limit, bool takesDocuments) =>
        $"Tin nhắn quá dài ({length} ký tự). Xin gửi ngắn hơn {limit} ký tự, hoặc " +
        (takesDocuments ? "gửi nội dung dưới dạng tệp." : $"nộp nội dung dưới dạng tệp: {HandIn(false)}.");

    /// <summary>How to answer a choice of deadlines: true wherever buttons are pressed or numbers typed.</summary>
    public const string PickByNumber = "(chọn hoặc gõ số của việc; gõ 0 nếu không nộp)";

    public static string NotAllowed(Caller caller, Access access, OfficeNames names) => access switch
    {
        _ when !caller.IsKnown => HowToRegister(names),
        Access.Secretary => "Lệnh này dành cho thư ký đơn vị đã đăng ký. Gửi /dangky <mã> để gắn tài khoản với đơn vị.",
        Access.AdminOrLeader => $"Lệnh này dành cho lãnh đạo và {names.Office}.",
        _ => $"Lệnh này chỉ dành cho cán bộ {names.Office} (quản trị bot).",
    };
}
