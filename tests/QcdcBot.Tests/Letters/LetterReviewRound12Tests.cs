using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The twelfth round on /congvan: the clerk round's leftovers (initials with "&amp;", a letter dated in the wrong year, generic titles).</summary>
public sealed class LetterReviewRound12Tests : ClerkRound
{
    [Theory]
    [InlineData("Đảng bộ Sở VH, TT&DL gửi báo cáo A trước ngày 15/12/2026.", "units:SVHTTDL")]
    [InlineData("Ngân hàng NN&PTNT chi nhánh Yên Bái gửi báo cáo A trước ngày 15/12/2026.", "units:AGRI")]
    [InlineData("Các đơn vị gồm: Sở VH, TT&DL; Ngân hàng NN&PTNT; Sở TT&TT gửi báo cáo A trước ngày 15/12/2026.", "units:SVHTTDL,AGRI,STTTT")]
    [InlineData("Trung tâm XTĐT, TM&DL tỉnh và Sở Y tế gửi báo cáo A trước ngày 15/12/2026.", "units:TTXTDT,SYT")]
    public async Task Names_written_with_initials_commas_and_ampersands_match_the_stores_units(string body, string units) =>
        Assert.Equal($"Báo cáo A | 2026-12-15 | {units} | ", await OnlyItemOfAsync(body));
}
