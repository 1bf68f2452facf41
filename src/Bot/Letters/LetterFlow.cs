using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// The letter conversation around the /congvan command: a file captioned /congvan (or sent after it), and the admin's
/// answers to a waiting proposal. Runs before uploads and commands; says false when the message is not about a letter.
/// </summary>
internal sealed partial class LetterFlow(LetterIntake intake, LetterCreation creation, ProposalBuilder builder, ScopeParser scopes, UnitStore units, OfficeClock clock, DayOffOffer dayOff, WorkingDayCalendar calendar,
    NewDeadlineNotice notice, DeadlineStore deadlines, Storage.Letters.LetterStore letterStore, DueDateChangeNotice moved)
{
    /// <summary>"/congvan" (any spelling the router accepts) at the start of a message.</summary>
    public static bool IsLetterCommand(string text) => CommandLine.Parse(text) is { Name: "congvan" };

    /// <summary>
    /// For "Bot chưa hiểu" while proposals wait: what they take ("tạo …", "sửa …", "hủy"), or nothing when none waits.
    /// </summary>
    public string WaitingHint(ConversationState state) =>
        WaitingLetters.Of(state).SelectMany(d => d.Items).ToList() is { Count: > 0 } items
            ? $"\nĐề xuất công văn đang chờ (mục {string.Join(", ", items.Select(i => i.Number))}): {ProposalText.HowToAnswer(items, clock.Today, calendar)}"
            : string.Empty;

    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken ct)
    {
        // "/congvan" alone waits for the very next message only; anything else in between ends the wait.
        var awaiting = context.State.AwaitingLetter && context.Caller.IsAdmin;
        if (context.State.AwaitingLetter)
        {
            context.State = context.State with { AwaitingLetter = false };
        }

        if (context.Activity.Attachments.Count > 0)
        {
            // An admin's file captioned "Cong van", "công văn số …" or "CV" (no slash) is a letter too: an admin sends
            // no submissions of their own, and "công văn" says what the file is.
            var captioned = IsLetterCommand(context.Text) || context.Caller.IsAdmin && SaysLetter(context.Text);
            if (!captioned && !awaiting)
            {
                return false;
            }

            if (!context.Caller.IsAdmin)
            {
                // A secretary's file with /congvan is not a submission either: it is refused whole and nothing is stored.
                context.Reply(LetterReplies.ForTheOffice(context.Names));
                return true;
            }

            if (context.Activity.Attachments.Count > 1)
            {
                context.Reply("Xin gửi mỗi lần một công văn (một tệp). Chưa tạo việc nào.");
                return true;
            }

            await intake.FromFileAsync(context, context.Activity.Attachments[0], ct);
            return true;
        }

        if (!context.Caller.IsAdmin || context.Text.Length == 0)
        {
            return false;
        }

        if (awaiting && WayOut.Says(context.Text))
        {
            // "/congvan" then "thôi" / "hủy" / "0": the wait for the file ends, as every question is left; a proposal
            // already waiting is not dropped by a word meant for the file.
            var still = WaitingLetters.Of(context.State);
            context.Reply($"Đã thôi, không chờ công văn nữa. Chưa tạo việc nào.{(still.Count == 0 ? string.Empty : $"\n📌 Đề xuất vẫn chờ: {string.Join("; ", still.Select(WaitingLetters.Describe))}.")}");
            return true;
        }

        // After "/congvan" alone the next text is the letter, however short ("Đề nghị các đơn vị gửi báo cáo trước …"):
        // the bot asked for it. Only a command or an answer to a proposal already waiting is not.
        if (awaiting && !context.Text.StartsWith('/') && (LetterAnswer.Parse(context.Text) is null || WaitingLetters.Of(context.State).Count == 0))
        {
            await intake.FromTextAsync(context, context.Activity.Text, ct);
            return true;
        }

        var waiting = WaitingLetters.Of(context.State);
        var editing = waiting.FirstOrDefault(d => d.Editing is not null)?.Editing;
        if (editing is not null)
        {
            // "sửa 2" alone asked what to change: this answer is for item 2, and only this one.
            context.State = WaitingLetters.With(context.State, waiting.Select(d => d with { Editing = null }));
            waiting = WaitingLetters.Of(context.State);
        }

        if (editing is null && waiting.Count > 0 && LetterAnswer.SplitEdits(context.Text) is { Count: > 1 } edits)
        {
            await AnswerEachAsync(context, edits, ct);
            return true;
        }

        if ((LetterAnswer.Parse(context.Text) ?? (editing is { } n ? LetterAnswer.ForItem(n, context.Text, clock.Today) : null)) is not { } answer)
        {
            if (editing is { } asked)
            {
                // "sửa 3" then "/hanchot": the question is left, as every other one, and said so.
                context.ReplyFirst($"Lưu ý: câu hỏi trước (sửa mục {asked} thế nào?) chưa được trả lời nên mục {asked} chưa sửa — nếu vẫn cần, gõ: sửa {asked} trước <ngày>, sửa {asked} tên …, sửa {asked} cho …");
            }

            if (waiting.Count > 0 && LetterAnswer.LooksLikeOne(context.Text))
            {
                // A slip in "tạo …"/"sửa …" while a proposal waits: say what the proposal takes, not "chưa hiểu" alone.
                context.Reply($"Bot chưa hiểu \"{Shorten(context.Text)}\" cho đề xuất đang chờ. {ProposalText.HowToAnswer([.. waiting.SelectMany(d => d.Items)], clock.Today, calendar, waiting.Any(d => d.Created.Count > 0))}");
                return true;
            }

            return false;
        }

        if (waiting.Count == 0)
        {
            // "tạo 1" with no proposal waiting (already created, or dropped): say so rather than "không hiểu".
            // "hủy" answers the question the bot asked, when one is open; else there is nothing of a letter to drop.
            if (answer.Kind == LetterAnswerKind.Discard && (context.State.Pending is not null || context.State.AwaitingExtension is not null || answer.Numbers.Count > 0))
            {
                return false;
            }

            if (answer.Kind == LetterAnswerKind.Discard)
            {
                context.Reply(LetterReplies.NothingToDrop);
                return true;
            }

            // "tạo 1" after every item of the letter was created: what each became, not "no proposal".
            if (answer.Kind is LetterAnswerKind.Create or LetterAnswerKind.CreateAll && context.State.LetterCreated is { Count: > 0 } made
                && made.Where(c => answer.Kind == LetterAnswerKind.CreateAll || answer.Numbers.Contains(c.Number)).ToList() is { Count: > 0 } asked)
            {
                context.Reply($"Đã tạo từ trước: {DescribeCreated(asked)}. Không còn mục nào của công văn chờ tạo (xem /hanchot).");
                return true;
            }

            context.Reply(LetterReplies.NoDraft);
            return true;
        }

        await AnswerAsync(context, waiting, answer, ct);
        return true;
    }

    /// <summary>"Cong van", "công văn số 2042-CV/ĐUK", "CV", "cv:": a caption naming the file a letter, without the slash.</summary>
    private static bool SaysLetter(string caption) => LetterCaptionRegex().IsMatch(VietnameseText.Fold(caption.Trim()));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:cong\s*van|cv)(?:$|[\s.:,;-])", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LetterCaptionRegex();

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
