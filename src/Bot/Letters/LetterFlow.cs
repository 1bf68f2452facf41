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
    NewDeadlineNotice notice, DeadlineStore deadlines)
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

        if (awaiting && WayOut.Says(context.Text))
        {
            // "/congvan" then "thôi" / "hủy" / "0": the wait for the file ends, as every question is left; a proposal
            // already waiting is not dropped by a word meant for the file.
            var still = WaitingLetters.Of(context.State);
            context.Reply($"Đã thôi, không chờ công văn nữa. Chưa tạo việc nào.{(still.Count == 0 ? string.Empty : $"\n📌 Đề xuất vẫn chờ: {string.Join("; ", still.Select(WaitingLetters.Describe))}.")}");
            return true;
        }

        if (awaiting && !context.Text.StartsWith('/') && LetterAnswer.Parse(context.Text) is null && (context.Text.Length >= 100 || context.Text.Contains('\n', StringComparison.Ordinal)))
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

            context.Reply(LetterReplies.NoDraft);
            return true;
        }

        await AnswerAsync(context, waiting, answer, ct);
        return true;
    }

    private async Task AnswerAsync(TurnContext context, IReadOnlyList<LetterDraft> waiting, LetterAnswer answer, CancellationToken ct)
    {
        var all = waiting.SelectMany(d => d.Items).ToList();
        var created = waiting.SelectMany(d => d.Created).ToList();
        if (answer.Kind == LetterAnswerKind.Discard && answer.Numbers.Count > 0)
        {
            Drop(context, waiting, answer.Numbers);
            return;
        }

        if (answer.Kind == LetterAnswerKind.Discard)
        {
            context.State = WaitingLetters.With(context.State, []);
            var letters = string.Join("; ", waiting.Select(WaitingLetters.Describe));
            context.Reply(created.Count == 0
                ? Confirmation.DeclinedWith($"đã bỏ đề xuất từ {letters}, không tạo việc nào")
                : $"Đã bỏ các mục còn chờ: {letters}. Các việc đã tạo trước đó vẫn giữ: {DescribeCreated(created)} (xem /hanchot).");
            return;
        }

        if (answer.Kind == LetterAnswerKind.Hold)
        {
            // The example names an item whose date needs the edit; after a question about duplicates or units, no date is wrong.
            var toFix = all.FirstOrDefault(i => i.Due is null || ProposalText.IsPast(i, clock.Today));
            context.Reply(toFix is null
                // The answer's help ends with "Chưa tạo việc nào." already: said once.
                ? $"Đề xuất vẫn chờ (mục {string.Join(", ", all.Select(i => i.Number))}). {ProposalText.HowToAnswer(all, clock.Today, calendar, created.Count > 0)}"
                : $"Chưa tạo việc nào; đề xuất vẫn chờ. Sửa hạn: \"sửa {toFix.Number} trước {ProposalText.ExampleDate(toFix, clock.Today, calendar)}\", rồi \"tạo …\".");
            return;
        }

        var done = created.Where(c => answer.Numbers.Contains(c.Number)).ToList();
        var wrong = answer.Numbers.Where(n => all.All(i => i.Number != n) && done.All(c => c.Number != n)).ToList();
        if (wrong.Count > 0 || (answer.Kind != LetterAnswerKind.CreateAll && answer.Numbers.Count == 0))
        {
            var made = created.Count == 0 ? string.Empty : $" (đã tạo: {DescribeCreated(created)})";
            context.Reply($"Đề xuất đang chờ có mục {string.Join(", ", all.Select(i => i.Number))}{made}. Ví dụ: \"tạo {all[0].Number}\", \"sửa {all[0].Number} trước {ProposalText.ExampleDate(all[0], clock.Today, calendar)}\".");
            return;
        }

        var already = done.Count == 0 ? string.Empty : $"Đã tạo từ trước: {DescribeCreated(done)}.";
        if (answer.Kind is LetterAnswerKind.CreateAll or LetterAnswerKind.Create)
        {
            var chosen = answer.Kind == LetterAnswerKind.CreateAll ? all : all.Where(i => answer.Numbers.Contains(i.Number)).ToList();
            if (chosen.Count == 0)
            {
                context.Reply($"{already} Không còn mục nào trong số đó để tạo.");
                return;
            }

            await CreateAsync(context, waiting, chosen, answer, already, ct);
            return;
        }

        if (done.Count > 0)
        {
            // "sửa 1 và 2 …" with item 1 created: nothing is edited, and the reply says so for the items still waiting.
            var notEdited = answer.Numbers.Where(n => done.All(c => c.Number != n)).ToList();
            context.Reply($"{already} Sửa việc đã tạo bằng /suahan (ví dụ: /suahan #{done[0].DeadlineId} trước <ngày>)." + (notEdited.Count == 0 ? string.Empty : $" Mục {string.Join(", ", notEdited)} chưa sửa; sửa riêng: \"sửa {string.Join(", ", notEdited)} …\"."));
            return;
        }

        if (answer.Kind == LetterAnswerKind.EditWhat)
        {
            var asked = waiting.First(d => d.Items.Any(i => i.Number == answer.Numbers[0]));
            var n = answer.Numbers[0];
            context.State = WaitingLetters.With(context.State, waiting.Select(d => d == asked ? d with { Editing = n } : d));
            var example = ProposalText.ExampleDate(asked.Items.First(i => i.Number == n), clock.Today, calendar);
            context.Reply($"Sửa mục {n} thế nào? Ví dụ: \"sửa {n} trước {example}\", \"sửa {n} tên <tên mới>\", \"sửa {n} cho NHNN, SYT\"; hoặc trả lời ngay \"trước {example}\", \"tên …\", \"cho …\". Mục {n} chưa sửa.");
            return;
        }

        // Each item in turn: one that cannot be edited stops there, and the ones before it stay edited and are shown.
        var shown = new List<string>();
        var unitList = await units.AllAsync(ct);
        foreach (var number in answer.Numbers)
        {
            waiting = WaitingLetters.Of(context.State);
            var draft = waiting.First(d => d.Items.Any(i => i.Number == number));
            var edited = await EditAsync(context, draft.Items.First(i => i.Number == number), answer, ct);
            if (edited is null)
            {
                if (shown.Count > 0)
                {
                    context.Reply(string.Join('\n', shown));
                }

                return;
            }

            string[] changed = answer.Kind switch
            {
                LetterAnswerKind.EditTitle => [EditsCarried.Title],
                LetterAnswerKind.EditDate => answer.Units is null ? [EditsCarried.Due] : [EditsCarried.Due, EditsCarried.Units],
                _ => [EditsCarried.Units],
            };
            edited = edited with { Warnings = await builder.WarningsAsync(edited, clock.Today, ct, letterDate: draft.LetterDate), Edited = [.. edited.Edited.Union(changed)] };
            var items = draft.Items.Select(i => i.Number == edited.Number ? edited : i).ToList();
            context.State = WaitingLetters.With(context.State, waiting.Select(d => d == draft ? d with { Items = items } : d));
            shown.Add($"Đã sửa mục {edited.Number}:\n{ProposalText.Item(edited, unitList, clock.Today)}");
            var before = draft.Items.First(i => i.Number == number);
            // "sửa 7 cho CDN" names the units the item is for now: the ones it no longer has are said, not dropped silently.
            if (before.Scope == DeadlineScope.Units && edited.Scope == DeadlineScope.Units && before.UnitIds.Except(edited.UnitIds).ToList() is { Count: > 0 } removed)
            {
                var codes = removed.Select(id => unitList.FirstOrDefault(u => u.Id == id)?.Code ?? $"#{id}").ToList();
                var kept = edited.UnitIds.Select(id => unitList.FirstOrDefault(u => u.Id == id)?.Code ?? $"#{id}");
                shown.Add(codes.Count <= LongList && codes.Count + edited.UnitIds.Count <= LongList
                    ? $"Lưu ý: mục {edited.Number} không còn cho {string.Join(", ", codes)}; muốn giữ, gõ \"sửa {edited.Number} cho {string.Join(", ", codes.Concat(kept))}\"."
                    // The item kept many units: the few it lost are added back, never all the others typed again.
                    : codes.Count <= LongList
                    ? $"Lưu ý: mục {edited.Number} không còn cho {string.Join(", ", codes)}; muốn giữ, gõ \"sửa {edited.Number} thêm {string.Join(", ", codes)}\"."
                    // Past ten, the codes would fill the screen: counted, the first few named, and how to add without replacing.
                    : $"Lưu ý: mục {edited.Number} không còn cho {codes.Count} đơn vị: {string.Join(", ", codes.Take(5))} và {codes.Count - 5} đơn vị khác; để thêm đơn vị mà giữ các đơn vị cũ, dùng \"sửa {edited.Number} thêm <mã>\".");
            }

        }

        var reply = $"{string.Join('\n', shown)}\n{ProposalText.HowToAnswer([.. WaitingLetters.Of(context.State).SelectMany(d => d.Items)], clock.Today, calendar, waiting.Any(d => d.Created.Count > 0))}";
        // "sửa 2 trước 20/12/2026" on a Sunday: the working day before is offered, taken with "1", as /giao does.
        if (answer is { Kind: LetterAnswerKind.EditDate, Numbers: [var only] } && WaitingLetters.Of(context.State).SelectMany(d => d.Items).FirstOrDefault(i => i.Number == only) is { Due: { } due }
            && due >= clock.Today && dayOff.TryOffer(context, reply, due, d => $"sửa {only} trước {DayOffOffer.Written(d)}", change: $"sửa hạn mục {only}"))
        {
            return;
        }

        context.Reply(reply);
    }

    /// <summary>Several edits in one message, each read and applied on its own, in order; one not understood is said.</summary>
    private async Task AnswerEachAsync(TurnContext context, IReadOnlyList<string> edits, CancellationToken ct)
    {
        foreach (var edit in edits)
        {
            if (LetterAnswer.Parse(edit) is { } answer)
            {
                await AnswerAsync(context, WaitingLetters.Of(context.State), answer, ct);
            }
            else
            {
                context.Reply($"Bot chưa hiểu \"{Shorten(edit)}\"; phần đó chưa sửa.");
            }
        }
    }

    /// <summary>"hủy 2": the items leave the proposal; a letter left with none stops waiting.</summary>
    private void Drop(TurnContext context, IReadOnlyList<LetterDraft> waiting, IReadOnlyList<int> numbers)
    {
        var all = waiting.SelectMany(d => d.Items).ToList();
        var wrong = numbers.Where(n => all.All(i => i.Number != n)).ToList();
        if (wrong.Count > 0)
        {
            context.Reply($"Đề xuất đang chờ không có mục {string.Join(", ", wrong)} (còn chờ: mục {string.Join(", ", all.Select(i => i.Number))}). Không bỏ mục nào.");
            return;
        }

        var left = waiting.Select(d => d with { Items = [.. d.Items.Where(i => !numbers.Contains(i.Number))] }).Where(d => d.Items.Count > 0).ToList();
        context.State = WaitingLetters.With(context.State, left);
        var dropped = $"Đã bỏ mục {string.Join(", ", numbers)} khỏi đề xuất, không tạo việc cho {(numbers.Count == 1 ? "mục này" : "các mục này")}.";
        context.Reply(left.Count == 0
            ? $"{dropped} Không còn mục nào chờ."
            : $"{dropped}\n{ProposalText.HowToAnswer([.. left.SelectMany(d => d.Items)], clock.Today, calendar, left.Any(d => d.Created.Count > 0))}");
    }

    /// <summary>
    /// Creates the chosen items, each with its own letter, after asking about what /giao would ask about: a due date
    /// already past, units the letter names that match none, a deadline already open.
    /// </summary>
    private async Task CreateAsync(TurnContext context, IReadOnlyList<LetterDraft> waiting, List<DraftDeadline> chosen, LetterAnswer answer, string already, CancellationToken ct)
    {
        if (!answer.PastConfirmed && creation.PastDue(chosen) is { Count: > 0 } past)
        {
            AskAboutPast(context, chosen, past, already);
            return;
        }

        if (!answer.UnmatchedConfirmed && chosen.Where(i => i.Unmatched.Count > 0 && LetterCreation.Problem(i) is null).ToList() is { Count: > 0 } unmatched)
        {
            AskAboutUnmatched(context, chosen, unmatched, answer, already);
            return;
        }

        if (!answer.DuplicateConfirmed && await creation.DuplicatesAsync(chosen, ct) is { Count: > 0 } same)
        {
            AskAboutDuplicates(context, chosen, same, answer, already);
            return;
        }

        // Several items on days off are asked about together, before any is created (one alone is offered after, as /giao does).
        var offDays = chosen.Where(i => LetterCreation.Problem(i) is null && i.Due >= clock.Today && dayOff.DayOffName(i.Due!.Value) is not null).ToList();
        if (!answer.DayOffMoved && !answer.DayOffKept && offDays.Count > 1)
        {
            AskAboutDaysOff(context, chosen, offDays, answer, already);
            return;
        }

        if (answer.DayOffMoved)
        {
            var moved = offDays.ToDictionary(i => i, i => i with { Due = dayOff.WorkingDayBefore(i.Due!.Value), Correction = null });
            waiting = [.. waiting.Select(d => d with { Items = [.. d.Items.Select(i => moved.GetValueOrDefault(i, i))] })];
            chosen = [.. chosen.Select(i => moved.GetValueOrDefault(i, i))];
        }

        var replies = new List<string>();
        if (already.Length > 0)
        {
            replies.Add(already);
        }

        var made = new List<CreatedItem>();
        var next = new List<LetterDraft>();
        foreach (var draft in waiting)
        {
            var mine = draft.Items.Where(chosen.Contains).ToList();
            if (mine.Count == 0)
            {
                next.Add(draft);
                continue;
            }

            var (reply, createdNow, finished) = await creation.CreateAsync(draft, mine, context.Caller.Key, ct);
            replies.Add(reply);
            made.AddRange(createdNow);
            // Items not chosen, and chosen ones that could not be created (a date that does not exist), stay proposed;
            // what is left is a draft of its own (a draft is created once).
            next.Add(!finished ? draft : draft with
            {
                Id = $"{draft.Id}-{string.Join('.', mine.Where(i => LetterCreation.Problem(i) is null).Select(i => i.Number))}",
                Items = [.. draft.Items.Where(i => !mine.Contains(i) || LetterCreation.Problem(i) is not null)],
                Created = [.. draft.Created, .. createdNow],
            });
        }

        var dueOnDayOff = made.Select(c => (c.DeadlineId, Due: chosen.First(i => i.Number == c.Number).Due!.Value)).Where(c => !answer.DayOffKept && c.Due >= clock.Today && dayOff.DayOffName(c.Due) is not null).ToList();
        foreach (var created in made.Where(c => dueOnDayOff is not [var asked, ..] || c.DeadlineId != asked.DeadlineId))
        {
            // Each unit hears of the new deadline as from /giao; the one the day-off question is about, once it is answered.
            await notice.SendAsync(context, (await deadlines.GetAsync(created.DeadlineId, ct))!, ct);
        }

        context.State = WaitingLetters.With(context.State, next);
        var rest = WaitingLetters.Of(context.State).SelectMany(d => d.Items).ToList();
        var text = string.Join("\n", replies);
        if (rest.Count > 0)
        {
            text += $"\nCòn chờ: mục {string.Join(", ", rest.Select(i => i.Number))}. Gõ \"tạo {rest[0].Number}\", \"sửa {rest[0].Number} …\" hoặc \"hủy\" để bỏ.";
        }

        foreach (var (id, due) in dueOnDayOff.Skip(1))
        {
            text += $"\nLưu ý: việc #{id} hạn {VietnameseWording.Date(due)} là ngày nghỉ ({dayOff.DayOffName(due)}); dời: /suahan #{id} trước {DayOffOffer.Written(dayOff.WorkingDayBefore(due))}";
        }

        // As /giao: a due date on a day off is flagged where it is set, with the working day before it offered.
        if (dueOnDayOff.Count > 0 && dayOff.TryOffer(context, text, dueOnDayOff[0].Due, d => $"/suahan #{dueOnDayOff[0].DeadlineId} trước {DayOffOffer.Written(d)}", aboutDeadlineId: dueOnDayOff[0].DeadlineId, announce: dueOnDayOff[0].DeadlineId))
        {
            return;
        }

        context.Reply(new OutboundMessage(text) { AboutDeadlineId = made.Count == 1 ? made[0].DeadlineId : null });
    }

    /// <summary>"mục 1 → đã tạo việc #5, mục 3 → đã tạo việc #7": "mục" numbers the proposal, "việc #" the deadlines.</summary>
    private static string DescribeCreated(IEnumerable<CreatedItem> created) =>
        string.Join(", ", created.Select(c => $"mục {c.Number} → đã tạo việc #{c.DeadlineId}"));

    // More units than this in a note are counted rather than listed.
    private const int LongList = 10;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
