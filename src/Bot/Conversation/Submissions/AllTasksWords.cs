using System.Text.RegularExpressions;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>"tất cả các việc còn lại", "cả hai việc", "các việc còn lại": a status reply meant for every deadline still owed.</summary>
internal static partial class AllTasksWords
{
    public static bool Match(string text) => Words().IsMatch(VietnameseFold.Fold(text));

    /// <summary>Every "#N" of a confirmed reply ("đang làm tất cả #3 #5 xacnhan"), in order.</summary>
    public static IReadOnlyList<long> Ids(string text) =>
        Id().Matches(text).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();

    /// <summary>The reply as typed, without the "#N" the confirmation added.</summary>
    public static string WithoutIds(string text) => string.Join(' ', Id().Replace(text, string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(tat ca|toan bo|ca (hai|ba|bon|nam|\d+) viec|cac viec con lai|nhung viec con lai)(?![\p{L}\p{N}])")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])#(\d{1,9})(?![\p{N}])")]
    private static partial Regex Id();
}
