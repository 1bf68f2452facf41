using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Letters;

/// <summary>The admin's answers to a waiting proposal: "hủy", "chờ", "tạo …" sent on, "sửa …" applied item by item.</summary>
internal sealed partial class LetterFlow
{
    private async Task AnswerAsync(TurnContext context, IReadOnlyList<LetterDraft> waiting, LetterAnswer answer, CancellationToken ct)
    {
        var all = waiting.SelectMany(d => d.Items).ToList();
        // A letter of those waiting whose items are all created still answers "tạo N" for them.
        var created = waiting.SelectMany(d => d.Created).Concat(context.State.LetterCreated).Distinct().ToList();
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

        if (answer.Kind == LetterAnswerKind.Attach)
        {
            await AttachAsync(context, waiting, answer.Numbers, ct);
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
            var of = waiting.Count > 1 ? $" ({asked.Header.Reference})" : string.Empty;
            context.Reply($"Sửa mục {n}{of} thế nào? Ví dụ: \"sửa {n} trước {example}\", \"sửa {n} tên <tên mới>\", \"sửa {n} cho NHNN, SYT\"; hoặc trả lời ngay \"trước {example}\", \"tên …\", \"cho …\". Mục {n} chưa sửa.");
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
            edited = edited with { Warnings = await builder.WarningsAsync(edited, clock.Today, ct, letterDate: draft.DatedOn), Edited = [.. edited.Edited.Union(changed)] };
            var items = draft.Items.Select(i => i.Number == edited.Number ? edited : i).ToList();
            context.State = WaitingLetters.With(context.State, waiting.Select(d => d == draft ? d with { Items = items } : d));
            // Two letters waiting: the letter the item is of is named, so "sửa 1" read under the newest letter cannot edit
            // another letter's item unseen.
            var of = waiting.Count > 1 ? $" ({draft.Header.Reference})" : string.Empty;
            shown.Add($"Đã sửa mục {edited.Number}{of}:\n{ProposalText.Item(edited, unitList, clock.Today)}");
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
        // Several letters waiting: each dropped item is named with its letter, so "hủy 1" cannot drop another letter's item unseen.
        var touched = waiting.Where(d => d.Items.Any(i => numbers.Contains(i.Number))).ToList();
        var of = waiting.Count == 1 ? string.Empty
            : touched.Count == 1 ? $" ({touched[0].Header.Reference})"
            : $" ({string.Join("; ", touched.Select(d => $"{d.Header.Reference}: mục {string.Join(", ", d.Items.Where(i => numbers.Contains(i.Number)).Select(i => i.Number))}"))})";
        var dropped = $"Đã bỏ mục {string.Join(", ", numbers)}{of} khỏi đề xuất, không tạo việc cho {(numbers.Count == 1 ? "mục này" : "các mục này")}.";
        context.Reply(left.Count == 0
            ? $"{dropped} Không còn mục nào chờ."
            : $"{dropped}\n{ProposalText.HowToAnswer([.. left.SelectMany(d => d.Items)], clock.Today, calendar, left.Any(d => d.Created.Count > 0))}");
    }

    // More units than this in a note are counted rather than listed.
    private const int LongList = 10;
}
