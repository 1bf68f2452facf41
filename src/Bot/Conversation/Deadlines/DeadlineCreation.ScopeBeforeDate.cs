using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// The units a /giao names before its date: before the title ("Cho NHNN, SYT nộp …", "Dang bo NHNN nộp …") or between
/// the title and the date ("Báo cáo nhanh cho TTRA, CTK trước 25/1"), and whether a piece of text reads as units at all.
/// </summary>
internal sealed partial class DeadlineCreation
{
    /// <summary>
    /// "Cho NHNN, SYT nộp báo cáo …" or "NHNN và SYT gửi …": a scope before the title. Without "cho" only unit codes,
    /// whole unit names or a group count, so a title that merely shares a word with a unit name ("Kế hoạch …") stays one.
    /// </summary>
    private async Task<(string Scope, string Title)?> LeadingScopeAsync(string beforeDate, ConversationState state, CancellationToken ct)
    {
        if (LeadingScope.Split(beforeDate) is not { } split || split.Title.Length == 0)
        {
            return null;
        }

        if (split.WithCho)
        {
            return await IsScopeAsync(split.Scope, state, ct) ? (split.Scope, split.Title) : null;
        }

        var all = await units.AllAsync(ct);
        var (groupScope, _) = ScopeParser.Explicit(split.Scope);
        // "Dang bo NHNN, Dang bo SYT nộp …": a unit's kind before its code names it as its code alone does.
        var named = UnitList.Pieces(split.Scope).All(p => UnitsWithoutCho.One(p.Text, all) is not null || all.Any(u => string.Equals(u.Code, p.Text, StringComparison.OrdinalIgnoreCase)
            || VietnameseFold.Fold(u.Name) == VietnameseFold.Fold(p.Text)));
        return named || (groupScope.Length > 0 && VietnameseFold.Fold(groupScope) == VietnameseFold.Fold(split.Scope)) ? (split.Scope, split.Title) : null;
    }

    /// <summary>
    /// The "cho …" before the date that reads as units, or, when the first one looks meant as units (a code, a group,
    /// "trừ", a unit found) but does not read, the reply asking for it again: every unit told of a mistyped scope is
    /// worse than a question. "… cho cán bộ chủ chốt" reads as neither and stays in the title.
    /// </summary>
    private async Task<((string Scope, string Title)? Found, string? Unread)> TrailingScopeAsync(string beforeDate, ConversationState state, CancellationToken ct)
    {
        string? unread = null;
        foreach (var (title, scopeText) in TrailingScope.Candidates(beforeDate))
        {
            var (scope, problem, ambiguous) = await scopes.ParseAsync(scopeText, state, ct);
            if (scope is not null || ambiguous is not null)
            {
                return ((scopeText, title), null);
            }

            if (unread is null && await LooksLikeUnitsAsync(scopeText, state, ct))
            {
                unread = $"\"cho {scopeText}\" trước ngày hạn giống phần đơn vị nhưng chưa đọc được: {problem} Chưa tạo việc nào. " +
                         "Xin gõ lại phần đơn vị; nếu đó là một phần tên việc, ghi đơn vị sau ngày hạn (ví dụ: … trước 20/12 cho tất cả).";
            }
        }

        return (null, unread);
    }

    private async Task<bool> LooksLikeUnitsAsync(string scopeText, ConversationState state, CancellationToken ct)
    {
        if (TrailingScope.HasCodeLikeWord(scopeText) || ScopeParser.HasExclusion(scopeText) || ScopeParser.Explicit(scopeText).Scope.Length > 0)
        {
            return true;
        }

        foreach (var (_, piece) in UnitList.Pieces(scopeText))
        {
            if (await IsScopeAsync(piece, state, ct))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<bool> IsScopeAsync(string text, ConversationState state, CancellationToken ct)
    {
        if (text.Trim().Length == 0)
        {
            return false;
        }

        var (scope, _, ambiguous) = await scopes.ParseAsync(text, state, ct);
        return scope is not null || ambiguous is not null;
    }
}
