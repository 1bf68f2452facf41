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
internal sealed partial class LetterFlow(LetterIntake intake, LetterCreation creation, ProposalBuilder builder, ScopeParser scopes, UnitStore units, OfficeClock clock)
{
    /// <summary>"/congvan" (any spelling the router accepts) at the start of a message.</summary>
    public static bool IsLetterCommand(string text) => CommandLine.Parse(text) is { Name: "congvan" };

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
            var captioned = IsLetterCommand(context.Text);
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

        if (awaiting && !context.Text.StartsWith('/') && LetterAnswer.Parse(context.Text) is null && (context.Text.Length >= 100 || context.Text.Contains('\n', StringComparison.Ordinal)))
        {
            await intake.FromTextAsync(context, context.Activity.Text, ct);
            return true;
        }

        if (LetterAnswer.Parse(context.Text) is not { } answer)
        {
            return false;
        }

        if (context.State.Letter is not { } draft)
        {
            // "tạo 1" with no proposal waiting (already created, or dropped): say so rather than "không hiểu".
            if (answer.Kind == LetterAnswerKind.Discard)
            {
                return false;
            }

            context.Reply(LetterReplies.NoDraft);
            return true;
        }

        await AnswerAsync(context, draft, answer, ct);
        return true;
    }

    private async Task AnswerAsync(TurnContext context, LetterDraft draft, LetterAnswer answer, CancellationToken ct)
    {
        if (answer.Kind == LetterAnswerKind.Discard)
        {
            context.State = context.State with { Letter = null };
            context.Reply(Confirmation.DeclinedWith("đã bỏ đề xuất từ công văn, không tạo việc nào"));
            return;
        }

        if (answer.Kind == LetterAnswerKind.Hold)
        {
            // The example names an item whose date needs the edit, not whichever comes first.
            var toFix = draft.Items.FirstOrDefault(i => i.Due is null || ProposalText.IsPast(i, clock.Today)) ?? draft.Items[0];
            context.Reply($"Chưa tạo việc nào; đề xuất vẫn chờ. Sửa hạn: \"sửa {toFix.Number} trước {ProposalText.ExampleDate(toFix, clock.Today)}\", rồi \"tạo …\".");
            return;
        }

        var wrong = answer.Numbers.Where(n => draft.Items.All(i => i.Number != n)).ToList();
        if (wrong.Count > 0 || (answer.Kind != LetterAnswerKind.CreateAll && answer.Numbers.Count == 0))
        {
            context.Reply($"Đề xuất đang chờ có mục {string.Join(", ", draft.Items.Select(i => i.Number))}. Ví dụ: \"tạo {draft.Items[0].Number}\", \"sửa {draft.Items[0].Number} trước {ProposalText.ExampleDate(draft.Items[0], clock.Today)}\".");
            return;
        }

        if (answer.Kind is LetterAnswerKind.CreateAll or LetterAnswerKind.Create)
        {
            var chosen = answer.Kind == LetterAnswerKind.CreateAll ? draft.Items : draft.Items.Where(i => answer.Numbers.Contains(i.Number)).ToList();
            if (!answer.PastConfirmed && creation.PastDue(chosen) is { Count: > 0 } past)
            {
                AskAboutPast(context, chosen, past);
                return;
            }

            if (!answer.DuplicateConfirmed && await creation.DuplicatesAsync(chosen, ct) is { Count: > 0 } same)
            {
                AskAboutDuplicates(context, chosen, same, answer.PastConfirmed);
                return;
            }

            var (reply, only) = await creation.CreateAsync(draft, chosen, context.Caller.Key, ct);
            // Items not chosen, and chosen ones that could not be created (a date that does not exist), stay proposed.
            var rest = draft.Items.Where(i => !chosen.Contains(i) || LetterCreation.Problem(i) is not null).ToList();
            if (!reply.StartsWith("Chưa tạo", StringComparison.Ordinal))
            {
                // What is left is a draft of its own (a draft is created once).
                var done = chosen.Where(i => LetterCreation.Problem(i) is null).Select(i => i.Number);
                context.State = context.State with
                {
                    Letter = rest.Count == 0 ? null : draft with { Id = $"{draft.Id}-{string.Join('.', done)}", Items = rest },
                };
                if (rest.Count > 0)
                {
                    reply += $"\nCòn chờ: mục {string.Join(", ", rest.Select(i => i.Number))}. Gõ \"tạo {rest[0].Number}\", \"sửa {rest[0].Number} …\" hoặc \"hủy\" để bỏ.";
                }
            }

            context.Reply(new OutboundMessage(reply) { AboutDeadlineId = only });
            return;
        }

        var item = draft.Items.First(i => i.Number == answer.Numbers[0]);
        if (answer.Kind == LetterAnswerKind.EditWhat)
        {
            var n = item.Number;
            context.Reply($"Sửa mục {n} thế nào? Ví dụ: \"sửa {n} trước {ProposalText.ExampleDate(item, clock.Today)}\", \"sửa {n} tên <tên mới>\", \"sửa {n} cho NHNN, SYT\". Mục {n} chưa sửa.");
            return;
        }

        var edited = answer.Kind switch
        {
            LetterAnswerKind.EditTitle => EditTitle(context, item, answer.Rest),
            LetterAnswerKind.EditDate => EditDate(context, item, answer.Rest, answer.Units),
            _ => await EditUnitsAsync(context, item, answer.Rest, ct),
        };
        if (edited is not null && answer.Units is { } unitsText)
        {
            // A date with units: both are applied, or neither, and the reply says which part was not understood.
            edited = await EditUnitsAsync(context, edited, unitsText, ct);
        }

        if (edited is null)
        {
            return;
        }

        edited = edited with { Warnings = await builder.WarningsAsync(edited, clock.Today, ct) };
        var items = draft.Items.Select(i => i.Number == edited.Number ? edited : i).ToList();
        context.State = context.State with { Letter = draft with { Items = items } };
        context.Reply($"Đã sửa mục {edited.Number}:\n{ProposalText.Item(edited, await units.AllAsync(ct), clock.Today)}\n{ProposalText.HowToAnswer(items, clock.Today)}");
    }

    /// <summary>
    /// As /giao does for a date already past: nothing is created until the admin confirms, edits the date, or creates
    /// only the items still ahead.
    /// </summary>
    private void AskAboutPast(TurnContext context, IReadOnlyList<DraftDeadline> chosen, IReadOnlyList<DraftDeadline> past)
    {
        var numbers = string.Join(',', chosen.Select(i => i.Number));
        var ahead = chosen.Except(past).Where(i => LetterCreation.Problem(i) is null).ToList();
        var commands = new List<string> { $"tạo {numbers} {LetterAnswer.PastConfirmation}" };
        var labels = new List<string> { past.Count == chosen.Count ? "Vẫn tạo, với hạn đã qua" : $"Tạo cả {LetterCreation.Describe(past)} với hạn đã qua" };
        if (ahead.Count > 0)
        {
            commands.Add($"tạo {string.Join(',', ahead.Select(i => i.Number))}");
            labels.Add($"Chỉ tạo mục {string.Join(", ", ahead.Select(i => i.Number))} (còn hạn)");
        }

        commands.Add("chưa tạo");
        labels.Add("Chưa tạo, để sửa hạn");
        context.Ask(
            $"Hạn đã qua (hôm nay {VietnameseWording.Date(clock.Today)}): {LetterCreation.Describe(past)}. Việc giao với hạn đã qua bị tính quá hạn ngay." +
            $"\nSửa hạn trước bằng \"sửa {past[0].Number} trước <ngày>\", hoặc chọn:",
            new PendingQuestion(string.Empty, PendingKind.Commands, commands),
            labels);
    }

    /// <summary>As /giao does for a deadline already open: nothing is created twice unless the admin says so.</summary>
    private static void AskAboutDuplicates(TurnContext context, IReadOnlyList<DraftDeadline> chosen, IReadOnlyList<(DraftDeadline Item, long ExistingId)> same, bool pastConfirmed)
    {
        var past = pastConfirmed ? " " + LetterAnswer.PastConfirmation : string.Empty;
        var numbers = string.Join(',', chosen.Select(i => i.Number));
        var others = chosen.Except(same.Select(d => d.Item)).Where(i => LetterCreation.Problem(i) is null).ToList();
        var commands = new List<string> { $"tạo {numbers}{past} {LetterAnswer.DuplicateConfirmation}" };
        var labels = new List<string> { "Vẫn tạo, dù trùng" };
        if (others.Count > 0)
        {
            commands.Add($"tạo {string.Join(',', others.Select(i => i.Number))}{past}");
            labels.Add($"Chỉ tạo mục {string.Join(", ", others.Select(i => i.Number))} (không trùng)");
        }

        commands.Add("chưa tạo");
        labels.Add("Chưa tạo");
        context.Ask(
            $"Đã có việc đang mở cùng đơn vị, cùng hạn, tên gần giống: {LetterCreation.DescribeDuplicates(same)}. Tạo nữa sẽ nhắc đơn vị hai lần. Chọn:",
            new PendingQuestion(string.Empty, PendingKind.Commands, commands),
            labels);
    }

    private static DraftDeadline? EditTitle(TurnContext context, DraftDeadline item, string title)
    {
        title = title.Trim().Trim('"', '“', '”').Trim();
        if (title.Length == 0)
        {
            context.Reply($"Thiếu tên mới. Ví dụ: sửa {item.Number} tên Báo cáo tự kiểm tra QCDC năm 2024");
            return null;
        }

        return item with { Title = title };
    }

    private DraftDeadline? EditDate(TurnContext context, DraftDeadline item, string phrase, string? units)
    {
        var parsed = DatePhraseParser.Parse(phrase, clock.Today);
        if (parsed.Date is { } read && parsed.Flags.Contains(DateFlag.RecentlyPassed))
        {
            // "sửa 1 trước 20/11" on 29/11: this year's, overdue, or next year's? As /giao and /suahan ask.
            var suffix = units is null ? string.Empty : $" cho {units}";
            PassedDayQuestion.Ask(context, $"Sửa hạn mục {item.Number} \"{item.Title}\"", read, new PendingQuestion(string.Empty, PendingKind.Commands, []),
                $"sửa {item.Number} trước {VietnameseWording.Date(read.AddYears(-1))}{suffix}", $"sửa {item.Number} trước {VietnameseWording.Date(read)}{suffix}", string.Empty);
            return null;
        }

        if (parsed.Problem == DateProblem.ImpossibleDate)
        {
            context.Reply($"Ngày trong \"{phrase}\" không có thật. Mục {item.Number} chưa sửa.");
            return null;
        }

        if (parsed.Date is not { } due)
        {
            context.Reply($"Không đọc được ngày. Ví dụ: sửa {item.Number} trước {ProposalText.ExampleDate(item, clock.Today)}");
            return null;
        }

        // The admin's own date replaces the letter's: the correction note no longer applies.
        return item with { Due = due, Correction = null, SourcePhrase = VietnameseText.Normalize(phrase) };
    }

    private async Task<DraftDeadline?> EditUnitsAsync(TurnContext context, DraftDeadline item, string scopeText, CancellationToken ct)
    {
        var (scope, problem, ambiguous) = await scopes.ParseAsync(scopeText, context.State, ct);
        if (scope is null && ambiguous is null && AndRegex().IsMatch(scopeText))
        {
            // "cho NHNN và SYT": "và" separates units, unless it is inside a name ("Sở Kế hoạch và Đầu tư"), tried first.
            (scope, problem, ambiguous) = await scopes.ParseAsync(AndRegex().Replace(scopeText, ", "), context.State, ct);
        }

        if (ambiguous is { } which)
        {
            context.Reply($"\"{which.Piece}\" khớp với nhiều đơn vị: {string.Join(", ", which.Candidates.Take(8).Select(u => $"{u.Name} ({u.Code})"))}. Xin dùng mã đơn vị. Mục {item.Number} chưa sửa.");
            return null;
        }

        if (scope is null)
        {
            context.Reply($"{problem} Mục {item.Number} chưa sửa.");
            return null;
        }

        return item with { Scope = scope.Scope, ScopeKind = scope.Kind, UnitIds = scope.UnitIds, Unmatched = [] };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+(?:và|va|VÀ|VA|Và|Va)\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AndRegex();
}
