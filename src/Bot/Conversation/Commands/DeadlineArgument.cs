using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>Resolves the deadline a command names, replying when it is missing, unknown or ambiguous.</summary>
internal sealed class DeadlineArgument(EntityResolver resolver, DeadlineStore deadlines)
{
    /// <summary>
    /// The deadline named by <paramref name="query"/>; with no name, the only open deadline if there is exactly one.
    /// <paramref name="command"/> rebuilds the command for each candidate when the name is ambiguous.
    /// </summary>
    public async Task<Deadline?> ResolveAsync(TurnContext context, string query, Func<Deadline, string> command, bool includeClosed, CancellationToken ct)
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

        var found = await resolver.DeadlineAsync(query, context.State, includeClosed, ct);
        if (found.Found is { } deadline)
        {
            return deadline;
        }

        if (found.IsAmbiguous)
        {
            context.AskWhich($"\"{query}\" khớp với nhiều việc. Việc nào? (gõ số của việc)", found.Candidates, Choice, command, d => d.Id);
            return null;
        }

        if (!includeClosed && (await resolver.DeadlineAsync(query, context.State, includeClosed: true, ct)).Found is { State: not DeadlineState.Open } ended)
        {
            // "/huyhan #3" on a deadline cancelled already is not "not found": say what it is and how to open it again.
            context.Reply(EndedReply(ended));
            return null;
        }

        context.Reply($"Không tìm thấy việc \"{query.Trim()}\". Gõ /hanchot để xem danh sách (dùng số thứ tự hoặc #mã).");
        return null;
    }

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
