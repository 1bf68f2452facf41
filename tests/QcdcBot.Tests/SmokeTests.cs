namespace QcdcBot.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Seeds_are_copied_next_to_the_tests() =>
        Assert.Equal(5, Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds"), "*.txt").Length);
}
