using QcdcBot.Bot.Conversation.Scope;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Conversation;

/// <summary>A "trừ" list that takes nothing out of the scope counts the units plainly, "4 đơn vị (…)", never "4 − 0 = 4".</summary>
public sealed class NothingTakenOutTests
{
    private static readonly Unit[] Units =
    [
        new(1, "NHNN", "Đảng bộ Ngân hàng Nhà nước", UnitKind.DangBo, []),
        new(2, "SYT", "Đảng bộ Sở Y tế", UnitKind.DangBo, []),
        new(3, "CTK", "Chi bộ Cục Thống kê", UnitKind.ChiBo, []),
        new(4, "TTRA", "Chi bộ Thanh tra tỉnh", UnitKind.ChiBo, []),
        new(5, "CDK", "Công đoàn khối", UnitKind.DoanThe, []),
    ];

    [Fact]
    public void A_group_the_scope_does_not_hold_takes_nothing_out()
    {
        var (kept, left, note) = UnitGroupPhrases.Less(Units, u => u.IsGrassroots, "chi, đảng bộ cơ sở", [new UnitGroup(DeadlineScope.Kind, UnitKind.DoanThe)], [], u => u.Name);

        Assert.Equal(4, kept.Count);
        Assert.Empty(left);
        Assert.StartsWith("4 đơn vị (chi, đảng bộ cơ sở, trừ ", note, StringComparison.Ordinal);
        Assert.DoesNotContain("−", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_not_matched_take_nothing_out()
    {
        var (_, _, note) = UnitGroupPhrases.Less(Units, _ => true, "tất cả đơn vị", Array.Empty<UnitGroup>(), [99], u => u.Name, ["Đảng bộ Sở Du lịch"]);

        Assert.Equal("5 đơn vị (tất cả đơn vị, trừ \"Đảng bộ Sở Du lịch\")", note);
    }

    [Fact]
    public void Units_taken_out_are_still_counted_as_a_difference()
    {
        var (_, _, note) = UnitGroupPhrases.Less(Units, u => u.IsGrassroots, "chi, đảng bộ cơ sở", Array.Empty<UnitGroup>(), [3], u => u.Name);

        Assert.Equal("4 − 1 = 3 đơn vị (chi, đảng bộ cơ sở, trừ Chi bộ Cục Thống kê)", note);
    }
}
