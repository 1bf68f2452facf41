using QcdcBot.Bot.Conversation.State;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// The proposals waiting in a conversation, oldest first. A second letter never drops the first: its items are
/// numbered on from the first's, so every "tạo N" and "sửa N" names one item of one letter.
/// </summary>
internal static class WaitingLetters
{
    public static IReadOnlyList<LetterDraft> Of(ConversationState state) =>
        state.Letter is { } last ? [.. state.EarlierLetters, last] : state.EarlierLetters;

    /// <summary>The state holding these proposals (those with items left); the newest is <see cref="ConversationState.Letter"/>.</summary>
    public static ConversationState With(ConversationState state, IEnumerable<LetterDraft> drafts)
    {
        var all = drafts.ToList();
        var left = all.Where(d => d.Items.Count > 0).ToList();
        // A letter whose items are all created leaves what they became, until a new letter (LetterIntake).
        var finished = all.Where(d => d.Items.Count == 0).SelectMany(d => d.Created).ToList();
        return state with
        {
            Letter = left.Count > 0 ? left[^1] : null,
            EarlierLetters = left.Count > 1 ? left[..^1] : [],
            LetterCreated = finished.Count > 0 ? [.. state.LetterCreated.Concat(finished).Distinct()] : state.LetterCreated,
        };
    }

    /// <summary>The number after every item the proposals have had, created ones included.</summary>
    public static int NextNumber(IReadOnlyList<LetterDraft> drafts) =>
        drafts.SelectMany(d => d.Items.Select(i => i.Number).Concat(d.Created.Select(c => c.Number))).DefaultIfEmpty(0).Max() + 1;

    /// <summary>
    /// After /suahan of a deadline a waiting corrected or extension letter is about: that letter is not attached by the
    /// move (secretaries would still get the old one), so how to attach it; empty when no waiting item is about it.
    /// </summary>
    public static string AttachHint(ConversationState state, long deadlineId) =>
        Of(state).SelectMany(d => d.Items.Select(i => (Draft: d, Item: i))).FirstOrDefault(x => (x.Item.CreatedAs ?? x.Item.Moves) == deadlineId) is ({ } draft, { } item)
            ? $"\n{draft.Header.Reference} đang chờ có mục {item.Number} cho việc #{deadlineId}: /suahan không gắn văn bản đó vào việc; muốn đơn vị nhận văn bản mới (/congvan #{deadlineId}), gõ \"gắn {item.Number}\"."
            : string.Empty;

    /// <summary>"Công văn số 103-CV/ĐUK (mục 1, 2)".</summary>
    public static string Describe(LetterDraft draft) =>
        $"{draft.Header.Reference} (mục {string.Join(", ", draft.Items.Select(i => i.Number))})";
}
