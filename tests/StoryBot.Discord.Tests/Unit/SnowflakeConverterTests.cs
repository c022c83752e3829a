using System.Text.Json;
using StoryBot.Discord.JsonModels;

namespace StoryBot.Discord.Tests.Unit;

public class SnowflakeConverterTests
{
    [Fact]
    public void Read_String_ParsesFullUInt64()
    {
        var channel = JsonSerializer.Deserialize("""{"id":"18446744073709551615","type":0}""", DiscordJsonContext.Default.ChannelJson)!;

        Assert.Equal(ulong.MaxValue, channel.Id);
    }

    [Fact]
    public void Read_Number_IsAccepted()
    {
        var channel = JsonSerializer.Deserialize("""{"id":41771983423143937,"type":0}""", DiscordJsonContext.Default.ChannelJson)!;

        Assert.Equal(41771983423143937UL, channel.Id);
    }

    [Fact]
    public void Read_NullableSnowflakeAbsentOrNull_IsNull()
    {
        var absent = JsonSerializer.Deserialize("""{"id":"1","type":0}""", DiscordJsonContext.Default.ChannelJson)!;
        var explicitNull = JsonSerializer.Deserialize("""{"id":"1","type":0,"guild_id":null}""", DiscordJsonContext.Default.ChannelJson)!;
        var present = JsonSerializer.Deserialize("""{"id":"1","type":0,"guild_id":"290926798626357999"}""", DiscordJsonContext.Default.ChannelJson)!;

        Assert.Null(absent.GuildId);
        Assert.Null(explicitNull.GuildId);
        Assert.Equal(290926798626357999UL, present.GuildId);
    }

    [Fact]
    public void Write_Snowflake_IsJsonString()
    {
        var json = JsonSerializer.Serialize(new ChannelJson { Id = 1234567890123456789, GuildId = 42 }, DiscordJsonContext.Default.ChannelJson);

        Assert.Contains("\"id\":\"1234567890123456789\"", json, StringComparison.Ordinal);
        Assert.Contains("\"guild_id\":\"42\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"-1\"")]
    [InlineData("true")]
    public void Read_Invalid_Throws(string value)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize($$"""{"id":{{value}},"type":0}""", DiscordJsonContext.Default.ChannelJson));
    }

    [Fact]
    public void Write_AllowedRole_IsStringArray()
    {
        var json = JsonSerializer.Serialize(new AllowedMentionsJson { Roles = [7] }, DiscordJsonContext.Default.AllowedMentionsJson);

        Assert.Equal("""{"parse":[],"roles":["7"]}""", json);
    }
}
