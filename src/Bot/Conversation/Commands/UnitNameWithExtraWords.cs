using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// "ngan hang nha nuoc tinh", "so y te yb": the first words name one unit, the last few are words its name lacks (the
/// office adds "tỉnh", "YB" to names). Found so the reply names the unit and the word, instead of "not found".
/// </summary>
internal static class UnitNameWithExtraWords
{
    // Words people add to a unit's name that the name lacks are a few at most.
    private const int MaxExtraWords = 3;

    public static async Task<(Unit Unit, string Read, string Extra)?> FindAsync(EntityResolver resolver, string query, ConversationState state, CancellationToken ct)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length - 1; n >= Math.Max(1, words.Length - MaxExtraWords); n--)
        {
            var read = string.Join(' ', words[..n]);
            if (!read.TrimStart('#').All(char.IsAsciiDigit) && (await resolver.UnitAsync(read, state, ct)).Found is { } unit)
            {
                return (unit, read, string.Join(' ', words[n..]));
            }
        }

        return null;
    }

    /// <summary>"tên Đảng bộ Ngân hàng Nhà nước (NHNN) không có chữ "tinh"": the unit and the word its name lacks.</summary>
    public static string Lacks(Unit unit, string extra) => $"tên {unit.Name} ({unit.Code}) không có chữ \"{extra}\"";
}
