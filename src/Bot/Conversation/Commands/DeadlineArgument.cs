using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>Resolves the deadline a command names, replying when it is missing, unknown or ambiguous.</summary>
internal sealed class DeadlineArgument(EntityResolver resolver, DeadlineStore deadlines)
{
    /// <summary>
    /// The deadline named by <paramref name="query"/>; with no name, the only open deadline if there is exactly one.
    /// <paramref name="command"/> rebuilds the command for each candidate when the name is ambiguous.
    /// </summary>
    /// <param name="inScope">For a command about one unit: the deadlines given to it, preferred over others of the same name.</param>
    public async Task<Deadline?> ResolveAsync(TurnContext context, string query, Func<Deadline, string> command, bool includeClosed, CancellationToken ct,
        Func<Deadline, bool>? inScope = null)
    {
        if (query.Trim().Length == 0)
        {
            var open = await deadlines.ListAsync(includeClosed: false, ct);
            if (open.Count == 1)
            {
                return open[0];
            }

            if (open.Count == 0)
            {
                context.Reply("Chưa có việc nào đang mở.");
                return null;
            }

            context.AskWhich("Việc nào? (gõ số của việc)", open, Choice, command, d => d.Id);
            return null;
        }

        if (AllDeadlinesWords.Match(query))
        {
            // "/chuanop tất cả", "/tinhhinh tất cả các đơn vị": this command looks at one deadline at a time (every unit
            // of it), so say where all of them are seen together and ask which one, rather than "not found".
            var open = await deadlines.ListAsync(includeClosed: false, ct);
            if (open.Count == 1)
            {
                return open[0];
            }

            if (open.Count == 0)
            {
                context.Reply("Chưa có việc nào đang mở.");
                return null;
            }

            context.AskWhich($"Lệnh này xem từng việc một, với tất cả các đơn vị được giao việc đó; xem mọi việc cùng lúc: /tonghop. Việc nào? (gõ số # của việc)", open, Choice, command, d => d.Id);
            return null;
        }

        var found = await resolver.DeadlineAsync(query, context.State, includeClosed, ct);
        if (found.Found is { } deadline)
        {
            if (inScope is not null && !inScope(deadline) && !query.Contains('#', StringComparison.Ordinal) && EntityResolver.ParseId(query) is null)
            {
                // Named by its title, not its number: a deadline of the same title given to the unit is the one meant.
                var title = Storage.Text.VietnameseFold.Fold(deadline.Title);
                var same = (await deadlines.ListAsync(includeClosed, ct)).Where(d => d.Id != deadline.Id && inScope(d) && Storage.Text.VietnameseFold.Fold(d.Title) == title).ToList();
                return same.Count == 1 ? same[0] : deadline;
            }

            return deadline;
        }

        if (found.IsAmbiguous)
        {
            var candidates = found.Candidates;
            if (inScope is not null && candidates.Where(inScope).ToList() is { Count: > 0 } scoped)
            {
                if (scoped.Count == 1)
                {
                    return scoped[0];
                }

                candidates = scoped;
            }

            context.AskWhich($"\"{query}\" khớp với nhiều việc. Việc nào? (gõ số của việc)", candidates, Choice, command, d => d.Id);
            return null;
        }

        if (!includeClosed && (await resolver.DeadlineAsync(query, context.State, includeClosed: true, ct)).Found is { State: not DeadlineState.Open } ended)
        {
            // "/huyhan #3" on a deadline cancelled already is not "not found": say what it is and how to open it again.
            context.Reply(EndedReply(ended));
            return null;
        }

        if (!query.Trim().TrimStart('#').All(char.IsAsciiDigit) && (await resolver.UnitAsync(query, context.State, ct)).Found is { } unit)
        {
            // "/tinhhinh Cao đẳng Yên Bái": a unit where a deadline goes; its deadlines are on its own page.
            context.Reply($"\"{query.Trim()}\" là đơn vị {unit.Name} ({unit.Code}), không phải một việc. Xem các việc của đơn vị này: /donvi {unit.Code}; " +
                          "lệnh này cần việc, ví dụ #3 (gõ /hanchot để xem danh sách).");
            return null;
        }

        // "/tinhhinh ngan hang nha nuoc tinh 2", "/tinhhinh 2 NHNN", "/chuanop #2 so y te": the number at either end is the
        // deadline typed, not one of the unit's words.
        var typed = query.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var number = typed.Length > 1 ? NumberOf(typed[^1]) ?? NumberOf(typed[0]) : null;
        var named = number is null ? query.Trim() : string.Join(' ', NumberOf(typed[^1]) is null ? typed[1..] : typed[..^1]);
        var onlyDeadline = number is null ? "lệnh này cần việc, ví dụ #3 (gõ /hanchot để xem danh sách)." :
            $"lệnh này chỉ cần việc, không cần đơn vị: {(context.Text.StartsWith('/') ? context.Text.Split(' ')[0] + " " : "gõ ")}#{number}.";
        if (number is not null && (await resolver.UnitAsync(named, context.State, ct)).Found is { } whole)
        {
            // "/tinhhinh ngan hang nha nuoc 2": the unit's whole name and a deadline's number; neither is "not found".
            context.Reply($"\"{named}\" là đơn vị {whole.Name} ({whole.Code}). Xem các việc của đơn vị này: /donvi {whole.Code}; {onlyDeadline}");
            return null;
        }

        if (!query.Trim().TrimStart('#').All(char.IsAsciiDigit) && await UnitNameWithExtraWords.FindAsync(resolver, named, context.State, ct) is { } near)
        {
            // "/tinhhinh ngan hang nha nuoc tinh": a unit with a word its name lacks is still a unit, not a deadline.
            context.Reply($"\"{named}\" giống tên đơn vị, nhưng {UnitNameWithExtraWords.Lacks(near.Unit, near.Extra)}. Xem các việc của đơn vị này: /donvi {near.Unit.Code}; {onlyDeadline}");
            return null;
        }

        context.Reply($"Không tìm thấy việc \"{query.Trim()}\". Gõ /hanchot để xem danh sách; gõ số # của việc, ví dụ #3.");
        return null;
    }

    /// <summary>"2" or "#2" typed beside a unit's name: the deadline's number.</summary>
    private static string? NumberOf(string word) => word.TrimStart('#') is { Length: > 0 } digits && digits.All(char.IsAsciiDigit) ? digits : null;

    /// <summary>"#3 Kế hoạch QCDC năm 2027 [đã hủy]": an ended deadline among the choices is marked, never passed off as open.</summary>
    public static string Choice(Deadline d) => d.State switch
    {
        DeadlineState.Cancelled => $"#{d.Id} {d.Title} [đã hủy]",
        DeadlineState.Closed => $"#{d.Id} {d.Title} [đã đóng]",
        _ => $"#{d.Id} {d.Title}",
    };

    /// <summary>What a command for open deadlines says about one already cancelled or closed.</summary>
    public static string EndedReply(Deadline ended) =>
        $"Việc #{ended.Id} \"{ended.Title}\" {(ended.State == DeadlineState.Cancelled ? "đã hủy" : "đã kết thúc")} từ trước; lệnh này chỉ dùng cho việc đang mở. " +
        $"Muốn mở lại: /mohan {ended.Id}";
}
