using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Zalo;

/// <summary>The code a hint gives as an example is one of the unit's own deadlines still owed, never one it is excused from.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task The_example_code_in_a_guess_note_is_a_deadline_the_unit_still_owes_not_one_it_is_excused_from()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var excused = await ZaloSeed.DeadlineAsync(_host, "Báo cáo chuyên đề dân vận", new DateOnly(2027, 12, 10));
        var reminded = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var owed = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));
        var notes = _host.Get<StatusNoteStore>();
        var nothing = await notes.AddAsync(unit.Id, excused.Id, StatusState.NothingToReport, "không phát sinh", null, "test");
        await notes.AcceptExcuseAsync(nothing.Id, "test");

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{reminded.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Nhắc việc");
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang-1.jpg", [1, 2, 3])));

        var note = await _api.WaitForMessageAsync(Secretary, "Hiểu là việc");
        Assert.Contains($"Hiểu là việc #{reminded.Id}", note.Text, StringComparison.Ordinal);
        Assert.Contains($"ví dụ \"#{owed.Id}\"", note.Text, StringComparison.Ordinal);
    }
}
