using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

internal sealed record ParsedScope(DeadlineScope Scope, UnitKind? Kind, IReadOnlyList<long> UnitIds);

/// <summary>
/// Reads who a deadline is for: nothing (the chi, đảng bộ cơ sở), "tất cả", a kind ("các chi bộ"), or units by
/// code or name separated by commas or semicolons.
/// </summary>
internal sealed class ScopeParser(EntityResolver resolver, UnitStore units)
{
    private async Task<List<long>?> CodesAsync(string piece, CancellationToken ct)
    {
        var ids = new List<long>();
        foreach (var word in piece.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (await units.FindByCodeAsync(word, ct) is not { } unit)
            {
                return null;
            }

            ids.Add(unit.Id);
        }

        return ids.Count > 1 ? ids : null;
    }

    public async Task<(ParsedScope? Scope, string? Problem, (string Piece, IReadOnlyList<Unit> Candidates)? Ambiguous)> ParseAsync(string text, ConversationState state, CancellationToken ct)
    {
        var folded = VietnameseFold.Fold(text).Trim(' ', '.', ',');
        if (folded.StartsWith("cac ", StringComparison.Ordinal))
        {
            folded = folded[4..];
        }

        switch (folded)
        {
            case "":
            case "co so":
            case "chi, dang bo co so":
            case "chi dang bo co so":
            case "chi, dang bo":
                return (new ParsedScope(DeadlineScope.Grassroots, null, []), null, null);
            case "tat ca":
            case "tat ca don vi":
            case "toan khoi":
                return (new ParsedScope(DeadlineScope.All, null, []), null, null);
        }

        if (UnitKinds.TryParse(folded, out var kind))
        {
            return (new ParsedScope(DeadlineScope.Kind, kind, []), null, null);
        }

        var pieces = text.Split(text.Contains(';', StringComparison.Ordinal) ? [';'] : [',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ids = new List<long>();
        foreach (var piece in pieces)
        {
            var found = await resolver.UnitAsync(piece, state, ct);
            if (found.Found is { } unit)
            {
                ids.Add(unit.Id);
            }
            else if (found.IsAmbiguous)
            {
                return (null, null, (piece, found.Candidates));
            }
            else if (await CodesAsync(piece, ct) is { } codes)
            {
                // "NHNN TTRA": codes separated by spaces instead of commas.
                ids.AddRange(codes);
            }
            else
            {
                return (null, $"Không tìm thấy đơn vị \"{piece}\". Gõ /donvi để xem mã các đơn vị; nhiều đơn vị thì cách nhau bằng dấu phẩy.", null);
            }
        }

        return (new ParsedScope(DeadlineScope.Units, null, ids.Distinct().ToList()), null, null);
    }
}
