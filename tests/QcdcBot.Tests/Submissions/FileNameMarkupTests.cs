using QcdcBot.Bot.Conversation.Submissions;

namespace QcdcBot.Tests.Submissions;

/// <summary>A crafted filename keeps its readable part: markup and path are stripped, the words stay.</summary>
public sealed class FileNameMarkupTests
{
    [Theory]
    [InlineData("../../bc quy IV <b>x</b>.pdf", "bc quy IV x.pdf")]
    [InlineData("<i>Kế hoạch</i> 2027.docx", "Kế hoạch 2027.docx")]
    [InlineData("..\\..\\<script>alert(1)</script>bao cao.pdf", "alert(1)bao cao.pdf")]
    public void Markup_in_a_filename_is_taken_out_before_the_path_so_the_readable_name_stays(string sent, string kept) =>
        Assert.Equal(kept, FileNames.Safe(sent));
}
