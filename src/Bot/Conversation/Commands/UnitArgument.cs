using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>Resolves the unit a command names, replying when it is missing, unknown or ambiguous.</summary>
internal sealed class UnitArgument(EntityResolver resolver)
{
    public async Task<Unit?> ResolveAsync(TurnContext context, string query, Func<Unit, string> command, CancellationToken ct)
    {
        if (query.Trim().Length == 0)
        {
            context.Reply("Cần tên hoặc mã đơn vị. Gõ /donvi để xem danh sách.");
            return null;
        }

        var found = await resolver.UnitAsync(query, context.State, ct);
        if (found.Found is { } unit)
        {
            return unit;
        }

        if (found.IsAmbiguous)
        {
            context.AskWhich($"\"{query}\" khớp với {found.Candidates.Count} đơn vị. Đơn vị nào?", found.Candidates, u => $"{u.Name} ({u.Code})", command);
            // The units offered are the last list shown: "/ghinhan 3 …" next means the third of them.
            context.ShowList(ListKind.Units, found.Candidates.Take(8).Select(u => u.Id).ToList());
            return null;
        }

        if (await UnitNameWithExtraWords.FindAsync(resolver, query, context.State, ct) is { } near)
        {
            // "/donvi ngan hang nha nuoc tinh": the unit meant is named with the word its name lacks, one tap to take it.
            context.AskWhich($"Không có đơn vị \"{query.Trim()}\": {UnitNameWithExtraWords.Lacks(near.Unit, near.Extra)}. Ý là {near.Unit.Code}?",
                [near.Unit], u => $"{u.Name} ({u.Code})", command);
            return null;
        }

        context.Reply($"Không tìm thấy đơn vị \"{query}\". Gõ /donvi để xem tên và mã các đơn vị.");
        return null;
    }
}
