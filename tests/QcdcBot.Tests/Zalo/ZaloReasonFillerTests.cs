using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>The reason the office reads is the person's words without the phone's fillers at its edges ("nhe,", "ạ", "với").</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("xin gia han bc den 27/12/2027 nhe, vi chua hop", "chua hop")]
    [InlineData("xin gia hạn báo cáo đến 27/12/2027 nhé ạ, vì chi bộ chưa họp", "chi bộ chưa họp")]
    [InlineData("xin gia han bc den 27/12/2027 vi chua hop voi", "chua hop")]
    [InlineData("xin gia han bc den 27/12/2027 nha vi cho ky duyet a", "cho ky duyet")]
    [InlineData("xin them 3 ngay nhe anh, vi lanh dao di cong tac", "lanh dao di cong tac")]
    [InlineData("xin gia han den 27/12/2027 anh oi, vi chua hop chi bo a", "chua hop chi bo")]
    [InlineData("xin gia hạn đến 27/12/2027 em xin, vì chưa có số liệu nhé chị", "chưa có số liệu")]
    [InlineData("/giahan 27/12/2027 lanh dao di cong tac anh a", "lanh dao di cong tac")]
    // Words of the title after "vì" are the reason's subject: kept.
    [InlineData("/giahan 27/12/2027 vi cong tac dan van chua so ket xong", "cong tac dan van chua so ket xong", "Bao cao so ket cong tac dan van 6 thang")]
    [InlineData("xin gia hạn đến 27/12/2027 do công tác dân vận chưa sơ kết xong ạ", "công tác dân vận chưa sơ kết xong", "Bao cao so ket cong tac dan van 6 thang")]
    [InlineData("xin gia han vi so ket dan van chua xong den 27/12/2027", "so ket dan van chua xong", "Bao cao so ket cong tac dan van 6 thang")]
    public async Task Fillers_at_the_edges_of_an_extension_reason_are_not_kept(string typed, string reason, string title = "Báo cáo sơ kết QCDC quý I")
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, title, new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Text(Secretary, typed));

        await _api.WaitForMessageAsync(Secretary, "Đã gửi đề nghị gia hạn");
        Assert.Equal(reason, Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).Reason);
    }

    [Fact]
    public async Task A_filler_inside_a_word_of_the_reason_is_kept()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Text(Secretary, "/giahan 27/12/2027 chưa có số liệu nhanh"));

        await _api.WaitForMessageAsync(Secretary, "Đã gửi đề nghị gia hạn");
        Assert.Equal("chưa có số liệu nhanh", Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).Reason);
    }
}
