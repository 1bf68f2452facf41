using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Letters;

/// <summary>"tạo …": the chosen items created, each with its letter, after the questions /giao would ask.</summary>
internal sealed partial class LetterFlow
{
    /// <summary>
    /// Creates the chosen items, each with its own letter, after asking about what /giao would ask about: a due date
    /// already past, a date the bot guessed, units the letter names that match none, a deadline already open.
    /// </summary>
    private async Task CreateAsync(TurnContext context, IReadOnlyList<LetterDraft> waiting, List<DraftDeadline> chosen, LetterAnswer answer, string already, CancellationToken ct)
    {
        if (!answer.PastConfirmed && creation.PastDue(chosen) is { Count: > 0 } past)
        {
            AskAboutPast(context, chosen, past, answer, already);
            return;
        }

        // A date the bot changed or guessed, or a title naming another year: the bot's own doubt is never filed unasked.
        if (!answer.GuessConfirmed && creation.Doubted(chosen) is { Count: > 0 } doubted)
        {
            AskAboutGuesses(context, chosen, doubted, answer, already);
            return;
        }

        if (!answer.UnmatchedConfirmed && chosen.Where(i => i.Unmatched.Count > 0 && LetterCreation.Problem(i) is null).ToList() is { Count: > 0 } unmatched)
        {
            AskAboutUnmatched(context, chosen, unmatched, answer, already);
            return;
        }

        if (!answer.DuplicateConfirmed && await creation.DuplicatesAsync(chosen, ct) is { Count: > 0 } same)
        {
            AskAboutDuplicates(context, chosen, same, answer, already, await AttachableAsync(waiting, same, ct));
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
            text += $"\nCòn chờ: {StillWaiting(WaitingLetters.Of(context.State))}. Gõ \"tạo {rest[0].Number}\", \"sửa {rest[0].Number} …\" hoặc \"hủy\" để bỏ.";
        }

        foreach (var (id, due) in dueOnDayOff.Skip(1))
        {
            text += $"\nLưu ý: việc #{id} hạn {VietnameseWording.Date(due)} là ngày nghỉ ({dayOff.DayOffName(due)}); dời: /suahan #{id} trước {DayOffOffer.Written(dayOff.WorkingDayBefore(due))}";
        }

        // As /giao: a due date on a day off is flagged where it is set, with the working day before it offered.
        if (dueOnDayOff.Count > 0 && dayOff.TryOffer(context, text, dueOnDayOff[0].Due, d => DayOffOffer.MoveCommand(dueOnDayOff[0].DeadlineId, d), aboutDeadlineId: dueOnDayOff[0].DeadlineId, announce: dueOnDayOff[0].DeadlineId))
        {
            return;
        }

        context.Reply(new OutboundMessage(text) { AboutDeadlineId = made.Count == 1 ? made[0].DeadlineId : null });
    }

    /// <summary>"mục 1 → đã tạo việc #5, mục 3 → đã tạo việc #7": "mục" numbers the proposal, "việc #" the deadlines.</summary>
    private static string DescribeCreated(IEnumerable<CreatedItem> created) =>
        string.Join(", ", created.Select(c => $"mục {c.Number} → đã tạo việc #{c.DeadlineId}"));
}
