namespace Mpp.Workflows.Engine.Tests.Persistence;

public sealed class InstanceCursorTests
{
    [Fact]
    public void ATokenReadsBackAsTheSamePosition_AndIsUrlSafe()
    {
        var cursor = new InstanceCursor(new DateTimeOffset(2026, 3, 2, 8, 30, 15, TimeSpan.FromHours(7)).AddTicks(1_234_560), Guid.NewGuid());

        var token = cursor.ToToken();

        Assert.Matches("^[A-Za-z0-9_-]{34}$", token);
        Assert.True(InstanceCursor.TryParse(token, out var read));
        Assert.Equal(cursor, read);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-cursor")]
    [InlineData("AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")]
    [InlineData("AgjeeF-oTmUA3rjwzVVnSlKd7XqHe1Kx1A")]
    [InlineData("AQjeeF-oTmUA3rjwzVVnSlKd7XqHe1Kx1")]
    [InlineData("AQjeeF+oTmUA3rjwzVVnSlKd7XqHe1Kx1A")]
    [InlineData("AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void AnythingElse_IsNoPosition(string? token)
    {
        Assert.False(InstanceCursor.TryParse(token, out var cursor));
        Assert.Null(cursor);
    }

    [Fact]
    public void AnEditedToken_IsRefusedWhenItsVersionOrLengthChanges()
    {
        var token = new InstanceCursor(DateTimeOffset.UnixEpoch.AddYears(56), Guid.NewGuid()).ToToken();

        Assert.False(InstanceCursor.TryParse("B" + token[1..], out _));
        Assert.False(InstanceCursor.TryParse(token + "A", out _));
        Assert.False(InstanceCursor.TryParse(token[..^1], out _));
    }
}
