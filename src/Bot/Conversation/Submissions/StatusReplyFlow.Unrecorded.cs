using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Submissions;

// The replies that record nothing: "em gửi rồi" without how, "em nhầm, chưa gửi", a paper sent to a person on Zalo.
internal sealed partial class StatusReplyFlow
{
    /// <summary>
    /// "em gửi rồi" without saying how: say what the unit has on record, whoever of its members handed it in or
    /// reported it (a colleague may have, seconds before), and ask how it was sent only where there is nothing.
    /// Nothing is recorded: the words say nothing the bot does not already know.
    /// </summary>
    private async Task<bool> AnswerAlreadySentAsync(TurnContext context, CancellationToken ct)
    {
        var unit = context.Caller.Unit!;
        var read = await picker.ReadAsync(unit, ct);
        var open = read.Open;
        // A message about one deadline (a reply to it, "#7", its name: "đã nộp tk nam rồi") is answered for that one; otherwise for every open one.
        var named = DeadlineMention.Read(open, context.Text).Named;
        var about = context.ReplyToDeadlineId ?? DeadlinePicker.NamedId(context.Text) ?? named.Found?.Id;
        // "đã nộp 3 và 9": answered for the numbers of the unit's open deadlines, the others each said ("#9 không giao cho đơn vị").
        IReadOnlyList<long> typed = context.ReplyToDeadlineId is null ? DeadlinePicker.TypedNumbers(context.Text) : [];
        var notOpen = new List<string>();
        foreach (var id in typed.Where(id => open.All(d => d.Id != id)))
        {
            notOpen.Add(await picker.NotOwedAsync(unit, id, ct));
        }

        // Words that fit a closed or cancelled deadline at least as well as any open one are answered for that one alone.
        var closed = typed.Count > 0 ? null : await picker.ClosedNamedAsync(context, unit, context.Text, ct);
        // Nothing named: the open ones in the order and cut of every "which deadline?" question, the rest counted.
        var ordered = await picker.InQuestionOrderAsync(unit, open, ct);
        var everyOpen = typed.Count == 0 && open.Where(d => d.Id == about).Count() != 1 && !named.IsAmbiguous && closed is null;
        // Every deadline handed in is listed (the latest hand-in is the likeliest meant by "em gửi rồi"); only the
        // deadlines still owed are cut, and the count left over is of those.
        var owed = ordered.Where(d => !read.HandedIn.Contains(d.Id)).ToList();
        var asked = typed.Count > 0 ? typed.Select(id => open.FirstOrDefault(d => d.Id == id)).OfType<Deadline>().ToList()
            : open.Where(d => d.Id == about).ToList() is { Count: 1 } one ? one
            : named.IsAmbiguous ? named.Candidates.ToList()
            : closed is not null ? []
            : [.. owed.Take(DeadlinePicker.Cut), .. ordered.Where(d => read.HandedIn.Contains(d.Id))];
        var more = everyOpen && DeadlinePicker.More(owed, Math.Min(owed.Count, DeadlinePicker.Cut)) is { Length: > 0 } rest ? "\n" + rest : string.Empty;
        var closedLine = closed is null ? string.Empty : DeadlinePicker.Sentence(closed) + "\n";
        if (notOpen.Count > 0)
        {
            closedLine = DeadlinePicker.Sentence(string.Join("; ", notOpen)) + "\n";
        }

        if (typed.Count > 0 && asked.Count == 0)
        {
            context.Reply(closedLine + "Gõ /viec để xem các việc của đơn vị.");
            return true;
        }

        if (closed is not null && asked.Count == 0)
        {
            context.Reply(closedLine.TrimEnd());
            return true;
        }

        var had = new List<string>();
        var waiting = new List<Deadline>();
        foreach (var d in asked)
        {
            if (await record.LineAsync(unit, d, ct) is { } line)
            {
                had.Add(line);
            }
            else
            {
                waiting.Add(d);
            }
        }

        var known = had.Count == 0 ? string.Empty : $"Bot đã có của {unit.Name}:\n• {string.Join("\n• ", had)}\n";
        if (waiting.Count == 0)
        {
            // Named and handed in: say so first, rather than only list what the unit has.
            // Only the unit's own word on record ("đã gửi qua iOffice"): the bot has received nothing, and never says it has.
            var wordOnly = asked is [var single] && !await record.HasSubmissionAsync(unit, single, ct);
            var handedIn = about is not null && asked is [var only] && !wordOnly ? $"Đúng rồi: bot đã nhận bài nộp của {unit.Name} cho việc #{only.Id} \"{only.Title}\".\n" : string.Empty;
            var tail = asked.Count == 0 ? "Đơn vị hiện không có việc nào đang mở."
                : wordOnly ? "Bot chưa nhận tệp nào cho việc này, chỉ có báo của đơn vị như trên; văn phòng kiểm tra và ghi nhận. Muốn có biên nhận của bot, xin nộp tệp qua bot (gõ /viec để xem)."
                : "Không cần nộp lại. Gõ /viec để xem biên nhận.";
            context.Reply(closedLine + handedIn + known + tail + more);
            return true;
        }

        var names = string.Join("; ", waiting.Select(d => $"#{d.Id} \"{d.Title}\""));
        context.Reply(closedLine + known + $"Bot chưa nhận được bài nộp nào của {unit.Name} cho {names}.\n" +
                      (context.TakesDocuments
                          ? "• Nếu nộp qua bot: xin gửi lại tệp vào đây (ghi tên việc trong chú thích).\n"
                          // The photo hint once: HandIn's own words on photos would say it twice in one bullet.
                          : "• Nếu nộp qua bot: bot chưa nhận được tệp nào; tệp Word/PDF xin gõ /nopfile để nhận đường dẫn rồi nộp lại trên trang nộp tệp, " +
                            "ảnh chụp thì gửi thẳng vào đây, ghi số # của việc.\n") +
                      $"• Nếu đã gửi bản giấy, qua iOffice hay email: xin nhắn rõ, ví dụ \"đã gửi bản giấy\" hoặc \"đã gửi qua email\", để {context.Names.Office} kiểm tra và ghi nhận." + more);
        return true;
    }

    /// <summary>
    /// "thứ 2 em gửi qua ioffice", "mai em gửi bản giấy": a sending still to come records nothing (the office is not told, the
    /// reminders go on); the reply says so and how to say it if the paper was sent already. Null when the words are no such sending.
    /// </summary>
    public static string? SendingLaterAnswer(TurnContext context) =>
        context.Caller.IsSecretary && StatusKeywords.WaySentLater(context.Text) is { } way
            ? $"Bot hiểu là đơn vị chưa gửi mà sẽ gửi sau, nên chưa ghi nhận gì và vẫn nhắc việc như thường. Nếu đơn vị đã gửi rồi, xin nhắn rõ, ví dụ \"{StatusKeywords.Describe(way, null)} rồi\", " +
              $"để {context.Names.Office} kiểm tra và ghi nhận."
            : null;

    /// <summary>
    /// "em gửi qua zalo cho chị Hoa": the bot cannot see a Zalo message to a person, and Zalo is no way of sending the office
    /// records, so nothing is written and nobody told; the reply says so, who records what the office received, and how to
    /// get a receipt now.
    /// </summary>
    private static bool AnswerSentToPersonOnZalo(TurnContext context)
    {
        context.Reply($"Bot không xem được tin nhắn Zalo gửi riêng cho cán bộ, nên bot chưa ghi nhận gì. Khi {context.Names.Office} nhận được, cán bộ nhận sẽ ghi nhận cho đơn vị. " +
                      $"Muốn có biên nhận của bot ngay: {Hints.HandIn(context.TakesDocuments)}; nếu đơn vị đã gửi bản giấy, qua iOffice hay email, xin nhắn rõ, ví dụ \"đã gửi bản giấy\".");
        return true;
    }

    /// <summary>
    /// "em nhầm, chưa gửi đâu ạ" while the sender's own "đã gửi bản giấy" (or iOffice, email) on a deadline it owes still waits for
    /// the office: nothing is written on a guess; the reply names the claim and how to take it back. False otherwise.
    /// </summary>
    private async Task<bool> ClaimSaidUnsentAsync(TurnContext context, CancellationToken ct)
    {
        if (!StatusKeywords.SaysNotSent(context.Text) || ExtensionWording.AsksForMoreTime(context.Text))
        {
            return false;
        }

        var known = await picker.ReadAsync(context.Caller.Unit!, ct);
        var about = context.ReplyToDeadlineId ?? DeadlinePicker.NamedId(context.Text);
        var claimed = known.Owed.Where(d => (about is null || about == d.Id) && known.Latest.GetValueOrDefault(d.Id) is { IsSentOutside: true, AcceptedBy: null } own &&
                                           own.CreatedBy == context.Caller.Key).ToList();
        if (claimed.Count == 0)
        {
            return false;
        }

        var lines = string.Join("\n", claimed.Select(d => $"• #{d.Id} \"{d.Title}\": {StatusKeywords.Describe(known.Latest[d.Id])} (lúc {VietnameseWording.Time(clock.ToLocal(known.Latest[d.Id].CreatedAt))})"));
        context.Reply($"Bot đang ghi đơn vị báo đã gửi ngoài bot:\n{lines}\nBot chưa sửa gì. Nếu thật ra đơn vị chưa gửi, xin trả lời \"đang làm #{claimed[0].Id}\": " +
                      $"bot ghi lại, báo {context.Names.Office} và nhắc việc đó như thường.");
        return true;
    }
}
