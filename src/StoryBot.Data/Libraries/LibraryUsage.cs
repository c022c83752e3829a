namespace StoryBot.Data.Libraries;

/// <summary>A server's library against its limits: stories, bytes of uploaded files, uploads in the last hour, settings.</summary>
public sealed record LibraryUsage(int Stories, long Bytes, int UploadsLastHour, bool SharedHidden, bool HasCharacters);
