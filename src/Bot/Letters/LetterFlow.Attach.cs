using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// "gắn 3" (or "dời 3"): a corrected letter's item is a deadline created before from the letter it corrects. The
/// deadline takes the new letter (so /congvan, /hanchot, reminders and the export name it) and, when the letter moves
/// the date, the new due date, which the units are told as after /suahan.
/// </summary>
internal sealed partial class LetterFlow
{
    private async Task AttachAsync(TurnContext context, IReadOnlyList<LetterDraft> waiting, IReadOnlyList<int> numbers, CancellationToken ct)
    {
        var all = waiting.SelectMany(d => d.Items).ToList();
        if (numbers.Count == 0 || numbers.Where(n => all.All(i => i.Number != n)).ToList() is { Count: > 0 })
        {
            context.Reply($"Đề xuất đang chờ có mục {string.Join(", ", all.Select(i => i.Number))}; không có mục {string.Join(", ", numbers.Where(n => all.All(i => i.Number != n)))}. Chưa gắn văn bản nào.");
            return;
        }

        var replies = new List<string>();
        (DateOnly Due, long Id, HeldMove Move)? offDay = null;
        foreach (var number in numbers)
        {
            waiting = WaitingLetters.Of(context.State);
            var draft = waiting.First(d => d.Items.Any(i => i.Number == number));
            var item = draft.Items.First(i => i.Number == number);
            // A corrected letter's item (the same number) or an extension letter's ("gia hạn … đến …").
            if ((item.CreatedAs ?? item.Moves) is not { } id || await deadlines.GetAsync(id, ct) is not { State: DeadlineState.Open } open)
            {
                replies.Add($"Mục {number} ({draft.Header.Reference}) không phải việc đang mở đã tạo từ văn bản cùng số; tạo mới bằng \"tạo {number}\". Mục {number} chưa gắn.");
                continue;
            }

            // A reminder's units are those of the deadline it moves, the ones not yet sent: none to match.
            if ((item.Reminds && item.Due is not null ? null : LetterCreation.Problem(item)) is { } problem)
            {
                replies.Add($"Mục {number}: {problem}. Chưa gắn.");
                continue;
            }

            var (letter, replaced) = await letterStore.AttachAsync(creation.LetterOf(draft, context.Caller.Key), id, ct);
            var text = $"Đã gắn {LetterCreation.Dated(letter)} vào việc #{id} \"{open.Title}\"" +
                       (replaced is null ? "." : $" (thay {LetterCreation.Dated(replaced)}).");
            var due = item.Due!.Value;
            if (due != open.DueDate)
            {
                var granted = await deadlines.OverridesAsync(id, includeCovered: true, ct);
                await deadlines.ChangeDueDateAsync(id, due, context.Caller.Key, ct);
                text += $"\nĐã dời hạn việc #{id}: {VietnameseWording.Date(open.DueDate)} → {VietnameseWording.DateWithWeekday(due)}.";
                if (offDay is null && dayOff.DayOffName(due) is not null)
                {
                    // As /suahan: a new date on a day off offers the working day before, the units told once it is chosen.
                    offDay = (due, id, new HeldMove(id, open.DueDate, granted, LetterCreation.Dated(letter)));
                    text += "\nCác đơn vị được báo hạn mới khi bạn chọn xong, với hạn đã chọn.";
                }
                else
                {
                    text += await moved.TellAsync(context, open with { DueDate = due }, open.DueDate, granted, ct, LetterCreation.Dated(letter));
                }
            }
            else
            {
                text += $" Hạn giữ nguyên {VietnameseWording.DateWithWeekday(due)}.";
            }

            replies.Add(text);
            // The item is done with, as if created: "tạo 3" after it says what it became; the draft's other items keep
            // their numbers, under a draft id of their own (a draft id stores one letter).
            var rest = draft.Items.Where(i => i.Number != number).ToList();
            context.State = WaitingLetters.With(context.State, waiting.Select(d => d != draft ? d : d with
            {
                Id = $"{d.Id}-g{number}",
                Items = rest,
                Created = [.. d.Created, new CreatedItem(number, id)],
            }));
        }

        var left = WaitingLetters.Of(context.State).SelectMany(d => d.Items).ToList();
        if (left.Count > 0)
        {
            replies.Add($"Còn chờ: {StillWaiting(WaitingLetters.Of(context.State))}. Gõ \"tạo {left[0].Number}\", \"sửa {left[0].Number} …\" hoặc \"hủy\" để bỏ.");
        }

        if (offDay is not { } off || !dayOff.TryOffer(context, string.Join('\n', replies), off.Due, d => DayOffOffer.MoveCommand(off.Id, d), aboutDeadlineId: off.Id, held: off.Move))
        {
            context.Reply(string.Join('\n', replies));
        }
    }

    /// <summary>"mục 3, 4": with several letters waiting, each letter's items under its name ("mục 1, 2 (Công văn số 2042-CV/ĐUK); mục 3 (…)").</summary>
    private static string StillWaiting(IReadOnlyList<LetterDraft> waiting) =>
        waiting.Count(d => d.Items.Count > 0) <= 1
            ? $"mục {string.Join(", ", waiting.SelectMany(d => d.Items).Select(i => i.Number))}"
            : string.Join("; ", waiting.Where(d => d.Items.Count > 0).Select(d => $"mục {string.Join(", ", d.Items.Select(i => i.Number))} ({d.Header.Reference})"));
}
