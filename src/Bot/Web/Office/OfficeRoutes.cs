using System.Globalization;

namespace QcdcBot.Bot.Web.Office;

/// <summary>Every address of the office pages, in one place (Vietnamese words without diacritics, as typed).</summary>
internal static class OfficeRoutes
{
    public const string Base = "/vanphong";
    public const string Overview = Base;
    public const string Downloads = Base + "/taive";
    public const string Workbook = Base + "/taive/tinh-hinh.xlsx";
    public const string SignIn = Base + "/dangnhap";
    public const string HowToSignIn = Base + "/can-dang-nhap";
    public const string SignOut = Base + "/dangxuat";
    public const string Stylesheet = Base + "/giaodien.css";

    /// <summary>The anti-forgery field every form carries.</summary>
    public const string FormTokenField = "chong_gia_mao";

    public static string Deadline(long id) => Invariant($"{Base}/viec/{id}");

    public static string Unit(long id) => Invariant($"{Base}/donvi/{id}");

    public static string File(long submissionId, int ordinal) => Invariant($"{Base}/tep/{submissionId}/{ordinal}");

    public static string Archive(long deadlineId) => Invariant($"{Base}/taive/tep-da-nop/{deadlineId}");

    public static string DeadlineWorkbook(long deadlineId) => Invariant($"{Workbook}?viec={deadlineId}");

    public static string ExtensionDecision(long deadlineId, long requestId) => Invariant($"{Base}/viec/{deadlineId}/giahan/{requestId}");

    public static string ExcuseDecision(long deadlineId, long noteId) => Invariant($"{Base}/viec/{deadlineId}/khongphatsinh/{noteId}");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
